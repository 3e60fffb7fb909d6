# expect: runtime_error
"""Unbounded recursion within the default limit: a RecursionError."""


def find_pairs(arr, target, depth=0):
    return find_pairs(arr, target, depth + 1)
