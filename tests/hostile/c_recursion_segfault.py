# expect: runtime_error
"""Raises the recursion limit sky-high, then makes C code recurse (repr of a million nested
lists) until the C stack overflows: a segmentation fault."""
import sys

sys.setrecursionlimit(10**8)


def find_pairs(arr, target):
    nested = []
    for _ in range(1_000_000):
        nested = [nested]
    return repr(nested)
