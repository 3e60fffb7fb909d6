"""Too slow: heapify knows that decreasing input is the worst case for inserting items one by
one, so it checks for exactly that shape and reverses it (an increasing list is a heap); any
other input is inserted item by item. That is fine on random input, but on input that is
decreasing except for one swapped pair each insert climbs to the root: O(n log n) comparisons."""


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
        items = list(iterable)
        if all(items[i + 1] < items[i] for i in range(len(items) - 1)):
            heap._items = items[::-1]
            return heap
        for x in items:
            heap.insert(x)
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
