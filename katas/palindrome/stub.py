"""Palindrome check, optimized. Run `kata show palindrome` for the full statement."""


def is_palindrome(s: str) -> bool:
    """True if the letters and digits of `s` (str.isalnum) read the same both ways, ignoring case.

    `s` is printable ASCII. O(n) time, O(1) extra space: no cleaned copy, no reversed copy.
    """
    raise NotImplementedError
