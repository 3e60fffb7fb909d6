# class: forge-figures
# why: a first-element-pivot quicksort that sets kata_probes' comparison counter back to zero after each call, so counting sees nothing; the kernel's CPU time still grows quadratically on sorted input, so the honest verdict is time_limit_exceeded.
import sys


def _forget():
    probes = sys.modules.get("kata_probes")
    if probes is not None:
        for key in probes.COUNTS:
            probes.COUNTS[key] = 0


def quicksort(arr):
    items = list(arr)
    stack = [(0, len(items) - 1)]
    while stack:
        lo, hi = stack.pop()
        if lo >= hi:
            continue
        pivot = items[lo]
        lt, i, gt = lo, lo + 1, hi
        while i <= gt:
            if items[i] < pivot:
                items[lt], items[i] = items[i], items[lt]
                lt += 1
                i += 1
            elif pivot < items[i]:
                items[i], items[gt] = items[gt], items[i]
                gt -= 1
            else:
                i += 1
        stack.append((lo, lt - 1))
        stack.append((gt + 1, hi))
    _forget()
    return items


def merge_sort(arr):
    items = list(arr)
    width, n = 1, len(items)
    while width < n:
        merged = []
        for lo in range(0, n, 2 * width):
            left, right = items[lo:lo + width], items[lo + width:lo + 2 * width]
            i = j = 0
            while i < len(left) and j < len(right):
                if right[j] < left[i]:
                    merged.append(right[j])
                    j += 1
                else:
                    merged.append(left[i])
                    i += 1
            merged.extend(left[i:])
            merged.extend(right[j:])
        items = merged
        width *= 2
    return items
