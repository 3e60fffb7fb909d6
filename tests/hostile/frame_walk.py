# expect: wrong_answer
"""Walks the caller frames looking for the expected answer or the reference."""
import sys


def find_pairs(arr, target):
    frame = sys._getframe(1)
    while frame is not None:
        for value in list(frame.f_locals.values()):
            if isinstance(value, list) and value and all(isinstance(v, tuple) for v in value):
                return value
            if callable(value) and getattr(value, "__name__", "") == "find_pairs" and value is not find_pairs:
                return value(arr, target)
        frame = frame.f_back
    return []
