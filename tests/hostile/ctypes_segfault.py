# expect: runtime_error
"""Corrupts the interpreter through ctypes: writes through a null pointer."""
import ctypes


def find_pairs(arr, target):
    ctypes.memset(0, 1, 64)
    return []
