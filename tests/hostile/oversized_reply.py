# expect: runtime_error
"""Returns a value far larger than the reply cap."""


def find_pairs(arr, target):
    return ["x" * (80 * 1024 * 1024)]
