"""Compile error: `=` (assignment) where `==` (comparison) was meant."""


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned = cleaned[::-1]
