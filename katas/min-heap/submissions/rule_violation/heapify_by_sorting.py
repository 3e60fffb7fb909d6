"""Rule violation: a sorted list is a valid heap, so heapify just calls sorted() (O(n log n), and not the exercise)."""


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def insert(self, val):
        items = self.items
        items.append(val)
        i = len(items) - 1
        while i > 0 and items[i] < items[(i - 1) // 2]:
            items[i], items[(i - 1) // 2] = items[(i - 1) // 2], items[i]
            i = (i - 1) // 2

    def peek(self):
        if not self.items:
            raise IndexError("empty heap")
        return self.items[0]

    def extract_min(self):
        items = self.items
        if not items:
            raise IndexError("empty heap")
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i, n = 0, len(items)
            while True:
                smallest, l, r = i, 2 * i + 1, 2 * i + 2
                if l < n and items[l] < items[smallest]:
                    smallest = l
                if r < n and items[r] < items[smallest]:
                    smallest = r
                if smallest == i:
                    break
                items[i], items[smallest] = items[smallest], items[i]
                i = smallest
        return top

    @classmethod
    def heapify(cls, iterable):
        heap = cls()
        heap.items = sorted(iterable)
        return heap
