"""Wrong: heapify sifts down from the root towards the last parent; a small item deep in the list is left below larger ones."""


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
        while True:
            smallest, l, r = i, 2 * i + 1, 2 * i + 2
            if l < n and items[l] < items[smallest]:
                smallest = l
            if r < n and items[r] < items[smallest]:
                smallest = r
            if smallest == i:
                return
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest

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
        for i in range(len(heap.items) // 2):
            heap._down(i)
        return heap
