"""Too slow: a list kept sorted (largest first), so insert scans for its place, O(n) comparisons per insert."""


class MinHeap:
    def __init__(self):
        self.items = []  # decreasing: the minimum is at the end

    def __len__(self):
        return len(self.items)

    def insert(self, val):
        i = 0
        while i < len(self.items) and val < self.items[i]:
            i += 1
        self.items.insert(i, val)

    def peek(self):
        if not self.items:
            raise IndexError("empty heap")
        return self.items[-1]

    def extract_min(self):
        if not self.items:
            raise IndexError("empty heap")
        return self.items.pop()

    @classmethod
    def heapify(cls, iterable):
        heap = cls()
        for x in iterable:
            heap.insert(x)
        return heap
