"""Too slow: a correct binary heap, but insert() builds a new list with `items + [val]` (a copy
of the whole heap in C) before sifting up: O(log n) comparisons, O(n) work per insert. Counting
comparisons does not see it; the time at a few tens of thousands of items does."""


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
        self._items = self._items + [val]
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
        heap._items = list(iterable)
        for i in reversed(range(len(heap._items) // 2)):
            heap._sift_down(i)
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
