# expect: runtime_error
"""Ends the process from inside a call, hoping the judge counts a silent exit as a pass."""
import os


def find_pairs(arr, target):
    os._exit(0)
