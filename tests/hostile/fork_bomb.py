# expect: runtime_error
"""A fork bomb: every process forks forever."""
import os


def find_pairs(arr, target):
    while True:
        os.fork()
