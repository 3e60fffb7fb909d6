"""Wrong: quicksort sorts the caller's list in place and returns it, so the input is changed."""

import random


def quicksort(arr):
    _sort(arr, 0, len(arr) - 1)
    return arr


def _sort(a, lo, hi):
    while lo < hi:
        pivot = a[random.randint(lo, hi)]
        lt, i, gt = lo, lo, hi
        while i <= gt:
            if a[i] < pivot:
                a[lt], a[i] = a[i], a[lt]
                lt += 1
                i += 1
            elif pivot < a[i]:
                a[i], a[gt] = a[gt], a[i]
                gt -= 1
            else:
                i += 1
        if lt - lo < hi - gt:
            _sort(a, lo, lt - 1)
            lo = gt + 1
        else:
            _sort(a, gt + 1, hi)
            hi = lt - 1


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
