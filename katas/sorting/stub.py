"""Sorting: a quicksort that never degrades, and a stable merge sort. Run `kata show sorting` for the full statement."""


def quicksort(arr: list) -> list:
    """A new list with the items of arr in ascending order; arr is not changed. Items are compared only with <."""
    raise NotImplementedError


def merge_sort(arr: list) -> list:
    """A new list with the items of arr in ascending order, equal items in their original order; arr is not changed."""
    raise NotImplementedError
