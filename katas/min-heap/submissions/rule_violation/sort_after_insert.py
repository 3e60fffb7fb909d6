"""Rule violation: list.sort() after every insert keeps the minimum first, at O(n log n) per insert."""


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def insert(self, val):
        self.items.append(val)
        self.items.sort(reverse=True)

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
        heap.items = list(iterable)
        heap.items.sort(reverse=True)
        return heap
