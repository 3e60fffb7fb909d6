"""Also accepted: list-building versions. quicksort splits around a random pivot into
smaller, equal and larger lists (recursion depth O(log n) expected); merge_sort halves
recursively (depth log2 n) and merges with `<` only, taking the left item on ties."""

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
    left, right = merge_sort(arr[:mid]), merge_sort(arr[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
