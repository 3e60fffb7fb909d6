# class: wrong-on-large
# why: a real heap up to 1,000 items (all the correctness tests use), then a list kept in decreasing order with a hand-written binary search and list.insert (O(log n) comparisons but an O(n) memmove per insert); the kernel counts the memmove, so the honest verdict is time_limit_exceeded.

LIMIT = 1000


def _place(items, val):
    """Index at which val keeps items (decreasing) in order, after the items not smaller than it."""
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if val < items[mid]:
            lo = mid + 1
        else:
            hi = mid
    return lo


class MinHeap:
    def __init__(self) -> None:
        self._items = []

    def __len__(self) -> int:
        return len(self._items)

    def peek(self):
        if not self._items:
            raise IndexError("peek at an empty heap")
        return self._items[-1] if getattr(self, "_sorted", False) else self._items[0]

    def insert(self, val) -> None:
        if getattr(self, "_sorted", False) or len(self._items) >= LIMIT:
            if not getattr(self, "_sorted", False):
                drained = []
                while self._items:
                    drained.append(self.extract_min())
                self._items = drained[::-1]
                self._sorted = True
            self._items.insert(_place(self._items, val), val)
            return
        self._items.append(val)
        self._sift_up(len(self._items) - 1)

    def extract_min(self):
        items = self._items
        if not items:
            raise IndexError("extract_min from an empty heap")
        if getattr(self, "_sorted", False):
            return items.pop()
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
