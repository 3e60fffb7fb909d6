# expect: runtime_error
"""Floods stdout."""
import sys


def find_pairs(arr, target):
    while True:
        sys.stdout.write("x" * 65536)
