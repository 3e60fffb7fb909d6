"""Too slow: heapify sorts (a sorted list is a min-heap) with a hand-written natural merge sort,
which finds the ascending and descending runs already in the input and merges them. On input in
decreasing order, or nearly so, or in organ-pipe order, there are one to three runs and it is
O(n); on random input there are n / 2 runs and it makes O(n log n) comparisons."""


class MinHeap:
    def __init__(self) -> None:
        self._items = []

    def __len__(self) -> int:
        return len(self._items)

    def peek(self):
        if not self._items:
            raise IndexError("peek at an empty heap")
        return self._items[0]

    def insert(self, val) -> None:
        self._items.append(val)
        self._sift_up(len(self._items) - 1)

    def extract_min(self):
        items = self._items
        if not items:
            raise IndexError("extract_min from an empty heap")
        last = items.pop()
        if not items:
            return last
        smallest = items[0]
        items[0] = last
        self._sift_down(0)
        return smallest

    @classmethod
    def heapify(cls, iterable) -> "MinHeap":
        heap = cls()
        heap._items = _natural_merge_sort(list(iterable))
        return heap

    def _sift_up(self, i: int) -> None:
        items = self._items
        item = items[i]
        while i > 0:
            parent = (i - 1) // 2
            if item < items[parent]:
                items[i] = items[parent]
                i = parent
            else:
                break
        items[i] = item

    def _sift_down(self, i: int) -> None:
        items = self._items
        n = len(items)
        item = items[i]
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and items[child + 1] < items[child]:
                child += 1
            if items[child] < item:
                items[i] = items[child]
                i = child
            else:
                break
        items[i] = item


def _runs(items):
    """The input cut into ascending runs (a strictly descending run is reversed)."""
    runs, i, n = [], 0, len(items)
    while i < n:
        j = i + 1
        if j < n and items[j] < items[i]:
            while j < n and items[j] < items[j - 1]:
                j += 1
            runs.append(items[i:j][::-1])
        else:
            while j < n and not items[j] < items[j - 1]:
                j += 1
            runs.append(items[i:j])
        i = j
    return runs


def _merge(a, b):
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if b[j] < a[i]:
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])
            i += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def _natural_merge_sort(items):
    runs = _runs(items) or [[]]
    while len(runs) > 1:
        runs = [_merge(runs[k], runs[k + 1]) if k + 1 < len(runs) else runs[k] for k in range(0, len(runs), 2)]
    return runs[0]
