"""Wrong: sift-down only ever looks at the left child, so a smaller right child stays below a larger parent."""


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def insert(self, val):
        self.items.append(val)
        self._up(len(self.items) - 1)

    def _up(self, i):
        items = self.items
        while i > 0 and items[i] < items[(i - 1) // 2]:
            items[i], items[(i - 1) // 2] = items[(i - 1) // 2], items[i]
            i = (i - 1) // 2

    def _down(self, i):
        items, n = self.items, len(self.items)
        while 2 * i + 1 < n and items[2 * i + 1] < items[i]:
            items[i], items[2 * i + 1] = items[2 * i + 1], items[i]
            i = 2 * i + 1

    def peek(self):
        if not self.items:
            raise IndexError("empty heap")
        return self.items[0]

    def extract_min(self):
        if not self.items:
            raise IndexError("empty heap")
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            self._down(0)
        return top

    @classmethod
    def heapify(cls, iterable):
        heap = cls()
        heap.items = list(iterable)
        for i in reversed(range(len(heap.items) // 2)):
            heap._down(i)
        return heap
