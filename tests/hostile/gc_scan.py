# expect: wrong_answer
"""Searches every live object for a reference solution or expected values."""
import gc


def find_pairs(arr, target):
    for obj in gc.get_objects():
        if callable(obj) and getattr(obj, "__name__", "") == "find_pairs" and obj is not find_pairs:
            return obj(arr, target)
        if isinstance(obj, dict) and "expected" in obj:
            return obj["expected"]
    return []
