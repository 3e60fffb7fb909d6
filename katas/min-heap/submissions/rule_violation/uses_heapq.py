"""Rule violation: heapq does the sifting."""

import heapq


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def insert(self, val):
        heapq.heappush(self.items, val)

    def peek(self):
        if not self.items:
            raise IndexError("empty heap")
        return self.items[0]

    def extract_min(self):
        if not self.items:
            raise IndexError("empty heap")
        return heapq.heappop(self.items)

    @classmethod
    def heapify(cls, iterable):
        heap = cls()
        heap.items = list(iterable)
        heapq.heapify(heap.items)
        return heap
