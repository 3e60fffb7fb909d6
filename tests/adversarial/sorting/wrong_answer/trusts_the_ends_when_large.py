# class: wrong-on-large
# why: on lists longer than 2,000 items (only measured inputs are that long) quicksort assumes the input is sorted when its first item is below its last and returns a copy; a few-distinct or killer input is not sorted, the answers differ from the reference's, so this is wrong_answer.
import random


def quicksort(arr: list) -> list:
    if len(arr) > 2000 and arr[0] < arr[-1]:
        return list(arr)
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
