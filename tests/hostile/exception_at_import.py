# expect: compile_error
"""Raises while being imported."""
raise RuntimeError("import-time failure")


def find_pairs(arr, target):
    return []
