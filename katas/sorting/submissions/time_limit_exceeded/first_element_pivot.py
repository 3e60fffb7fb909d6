"""Too slow: the first item is always the pivot, so an already sorted list splits into 0 and n-1 items every time (O(n²) comparisons)."""


def quicksort(arr):
    a = list(arr)
    stack = [(0, len(a) - 1)]
    while stack:
        lo, hi = stack.pop()
        if lo >= hi:
            continue
        pivot = a[lo]
        store = lo
        for i in range(lo + 1, hi + 1):
            if a[i] < pivot:
                store += 1
                a[store], a[i] = a[i], a[store]
        a[lo], a[store] = a[store], a[lo]
        stack.append((lo, store - 1))
        stack.append((store + 1, hi))
    return a


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
