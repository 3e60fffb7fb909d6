"""Too much memory: builds the cleaned, lower-cased string and its reverse (O(n) extra space)."""


def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
