"""Rule violation: the merge step is heapq.merge, which the kata forbids."""

import heapq
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
    if len(arr) <= 1:
        return list(arr)
    mid = len(arr) // 2
    return list(heapq.merge(merge_sort(arr[:mid]), merge_sort(arr[mid:])))
