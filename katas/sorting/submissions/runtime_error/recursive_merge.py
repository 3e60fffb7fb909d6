"""Runtime error: the merge step is recursive (one call per item merged), so merging long lists passes the recursion limit."""

import random


def quicksort(arr):
    if len(arr) <= 1:
        return list(arr)
    pivot = random.choice(arr)
    smaller = [x for x in arr if x < pivot]
    larger = [x for x in arr if pivot < x]
    equal = [x for x in arr if not x < pivot and not pivot < x]
    return quicksort(smaller) + equal + quicksort(larger)


def _merge(left, right, i=0, j=0, out=None):
    out = [] if out is None else out
    if i == len(left):
        return out + right[j:]
    if j == len(right):
        return out + left[i:]
    if right[j] < left[i]:
        out.append(right[j])
        return _merge(left, right, i, j + 1, out)
    out.append(left[i])
    return _merge(left, right, i + 1, j, out)


def merge_sort(arr):
    if len(arr) <= 1:
        return list(arr)
    mid = len(arr) // 2
    return _merge(merge_sort(arr[:mid]), merge_sort(arr[mid:]))
