"""Compile error: an unclosed bracket."""


def find_pairs(arr, target):
    seen = set(
    return []
