"""Compile error: imports a module that does not exist, so the file cannot be loaded."""

import numpyy as np


def find_pairs(arr, target):
    return []
