"""Rule violation: merge_sort hands the work to sorted() (which is stable, so it would pass otherwise)."""

import random


def quicksort(arr):
    if len(arr) <= 1:
        return list(arr)
    pivot = random.choice(arr)
    smaller = [x for x in arr if x < pivot]
    larger = [x for x in arr if pivot < x]
    equal = [x for x in arr if not x < pivot and not pivot < x]
    return quicksort(smaller) + equal + quicksort(larger)


def merge_sort(arr):
    return sorted(arr)
