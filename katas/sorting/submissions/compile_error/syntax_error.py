"""Compile error: `else if` is not Python (it is `elif`)."""


def quicksort(arr):
    if len(arr) <= 1:
        return list(arr)
    pivot = arr[0]
    smaller, equal, larger = [], [], []
    for x in arr:
        if x < pivot:
            smaller.append(x)
        else if pivot < x:
            larger.append(x)
        else:
            equal.append(x)
    return quicksort(smaller) + equal + quicksort(larger)


def merge_sort(arr):
    return quicksort(arr)
