# expect: runtime_error
"""Raises a bare BaseException, which escapes `except Exception` handlers."""


def find_pairs(arr, target):
    raise BaseException("escape")
