"""Wrong: splits into items smaller and larger than the pivot and keeps only the pivot itself, so its duplicates are lost."""

import random


def quicksort(arr):
    if len(arr) <= 1:
        return list(arr)
    pivot = random.choice(arr)
    smaller = [x for x in arr if x < pivot]
    larger = [x for x in arr if pivot < x]
    return quicksort(smaller) + [pivot] + quicksort(larger)


def merge_sort(arr):
    if len(arr) <= 1:
        return list(arr)
    mid = len(arr) // 2
    left, right = merge_sort(arr[:mid]), merge_sort(arr[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]
