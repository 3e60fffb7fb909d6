# expect: runtime_error
"""Returns three million empty lists: 9 MB, under the byte cap, but millions of objects for
the judge to build and compare. The item cap refuses it before the judge builds anything."""


def find_pairs(arr, target):
    return [[]] * 3_000_000
