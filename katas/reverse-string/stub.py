"""Reverse a string efficiently. Run `kata show reverse-string` for the full statement."""


def reverse_string(s: str) -> str:
    """`s` with its code points in reverse order, in O(n) time."""
    raise NotImplementedError
