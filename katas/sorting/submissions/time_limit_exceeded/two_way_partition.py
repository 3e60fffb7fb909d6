"""Too slow: a random pivot but a two-way split (smaller | the rest), so items equal to the pivot are sorted again and again: O(n²) on equal items."""

import random


def quicksort(arr):
    a = list(arr)
    _sort(a, 0, len(a) - 1)
    return a


def _sort(a, lo, hi):
    while lo < hi:
        k = random.randint(lo, hi)
        a[k], a[hi] = a[hi], a[k]
        pivot = a[hi]
        store = lo
        for i in range(lo, hi):
            if a[i] < pivot:
                a[store], a[i] = a[i], a[store]
                store += 1
        a[store], a[hi] = a[hi], a[store]
        if store - lo < hi - store:
            _sort(a, lo, store - 1)
            lo = store + 1
        else:
            _sort(a, store + 1, hi)
            hi = store - 1


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
