"""Reference: str.join over the reversed iterator; join sizes the result once, so each code point is copied once (O(n))."""


def reverse_string(s: str) -> str:
    return "".join(reversed(s))
