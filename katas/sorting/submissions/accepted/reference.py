"""Reference.

quicksort: a copy sorted in place with a random pivot and a three-way partition
(< pivot | equal | > pivot), so sorted input and runs of equal items cost no more than
random ones. It recurses on the smaller side and loops on the larger, so the recursion
is at most log2(n) deep.

merge_sort: bottom-up, merging runs of width 1, 2, 4, ... between two buffers. On a tie
the left run's item goes first, which keeps equal items in their original order.
"""

import random


def quicksort(arr: list) -> list:
    items = list(arr)
    _quicksort(items, 0, len(items) - 1)
    return items


def _quicksort(a: list, lo: int, hi: int) -> None:
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
        # a[lo:lt] < pivot, a[lt:gt + 1] equal to it, a[gt + 1:hi + 1] > pivot
        if lt - lo < hi - gt:
            _quicksort(a, lo, lt - 1)
            lo = gt + 1
        else:
            _quicksort(a, gt + 1, hi)
            hi = lt - 1


def merge_sort(arr: list) -> list:
    src = list(arr)
    n = len(src)
    dst = [None] * n
    width = 1
    while width < n:
        for lo in range(0, n, 2 * width):
            mid, hi = min(lo + width, n), min(lo + 2 * width, n)
            i, j, k = lo, mid, lo
            while i < mid and j < hi:
                if src[j] < src[i]:
                    dst[k] = src[j]
                    j += 1
                else:
                    dst[k] = src[i]
                    i += 1
                k += 1
            dst[k:k + mid - i] = src[i:mid]
            dst[k + mid - i:hi] = src[j:hi]
        src, dst = dst, src
        width *= 2
    return src
