# expect: runtime_error
"""Rewrites the cached small int 1 in memory, so that every 1 in the child reads as 2:
the interpreter breaks (an IndexError in the next call), and the judge decodes plain bytes on its own side."""
import ctypes


def find_pairs(arr, target):
    ctypes.c_long.from_address(id(1) + 24).value = 2  # ob_digit of the small int 1
    return [(1, 5)]
