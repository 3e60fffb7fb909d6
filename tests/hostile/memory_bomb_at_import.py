# expect: memory_limit_exceeded
"""Allocates a terabyte while being imported."""
BIG = bytearray(1 << 40)


def find_pairs(arr, target):
    return []
