"""Too slow: an unsorted list; peek and extract_min scan every item for the minimum, O(n) comparisons each."""


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def insert(self, val):
        self.items.append(val)

    def _argmin(self):
        if not self.items:
            raise IndexError("empty heap")
        best = 0
        for i in range(1, len(self.items)):
            if self.items[i] < self.items[best]:
                best = i
        return best

    def peek(self):
        return self.items[self._argmin()]

    def extract_min(self):
        i = self._argmin()
        self.items[i], self.items[-1] = self.items[-1], self.items[i]
        return self.items.pop()

    @classmethod
    def heapify(cls, iterable):
        heap = cls()
        heap.items = list(iterable)
        return heap
