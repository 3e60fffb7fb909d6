"""Compile error: a slice written with commas instead of colons, then an unclosed parenthesis."""


def reverse_string(s):
    return (s[::-1]
