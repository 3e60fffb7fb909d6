# expect: compile_error
"""Exits while being imported."""
import sys

sys.exit(0)


def find_pairs(arr, target):
    return []
