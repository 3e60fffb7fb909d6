"""Too slow: the textbook fix for sorted input. The pivot is the median of the first, middle and
last items, and the partition keeps the items less than, equal to and greater than it in three
lists (so all-equal and few-distinct inputs are fine too). But the pivot is deterministic, and
an input built for it (Musser's "median-of-3 killer") makes it the second smallest item at every
level: n² / 4 comparisons."""


def _median_of_three(a, b, c):
    if a < b:
        if b < c:
            return b
        return c if a < c else a
    if a < c:
        return a
    return c if b < c else b


def quicksort(arr):
    result = []
    # An explicit stack instead of recursion (no recursion limit at n = 200,000); each task
    # is a list to sort, or a list of equal items to emit as they are.
    stack = [(False, list(arr))]
    while stack:
        done, items = stack.pop()
        if done or len(items) <= 1:
            result.extend(items)
            continue
        pivot = _median_of_three(items[0], items[len(items) // 2], items[-1])
        less = [x for x in items if x < pivot]
        greater = [x for x in items if pivot < x]
        equal = [x for x in items if not x < pivot and not pivot < x]
        stack.append((False, greater))
        stack.append((True, equal))
        stack.append((False, less))
    return result


def merge_sort(arr):
    items = list(arr)
    if len(items) <= 1:
        return items
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
