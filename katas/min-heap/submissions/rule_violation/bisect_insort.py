"""Rule violation: bisect.insort keeps a sorted list; each insert still shifts O(n) items, and it is not a heap."""

from bisect import insort


class MinHeap:
    def __init__(self):
        self.items = []
        self.start = 0

    def __len__(self):
        return len(self.items) - self.start

    def insert(self, val):
        del self.items[: self.start]
        self.start = 0
        insort(self.items, val)

    def peek(self):
        if len(self) == 0:
            raise IndexError("empty heap")
        return self.items[self.start]

    def extract_min(self):
        if len(self) == 0:
            raise IndexError("empty heap")
        self.start += 1
        return self.items[self.start - 1]

    @classmethod
    def heapify(cls, iterable):
        heap = cls()
        for x in iterable:
            heap.insert(x)
        return heap
