# expect: compile_error
"""Ends the process at import, skipping every cleanup."""
import os

os._exit(0)


def find_pairs(arr, target):
    return []
