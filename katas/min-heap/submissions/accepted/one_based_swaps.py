"""Also accepted: the textbook layout, 1-based (index 0 unused, children of i at 2i and 2i + 1),
with swaps and a recursive sift-down (its depth is only log2 n)."""


class MinHeap:
    def __init__(self):
        self.a = [None]

    def __len__(self):
        return len(self.a) - 1

    def _swap(self, i, j):
        self.a[i], self.a[j] = self.a[j], self.a[i]

    def _up(self, i):
        while i > 1 and self.a[i] < self.a[i // 2]:
            self._swap(i, i // 2)
            i //= 2

    def _down(self, i):
        n = len(self.a) - 1
        left, right = 2 * i, 2 * i + 1
        smallest = i
        if left <= n and self.a[left] < self.a[smallest]:
            smallest = left
        if right <= n and self.a[right] < self.a[smallest]:
            smallest = right
        if smallest != i:
            self._swap(i, smallest)
            self._down(smallest)

    def insert(self, val):
        self.a.append(val)
        self._up(len(self.a) - 1)

    def peek(self):
        if len(self) == 0:
            raise IndexError("empty heap")
        return self.a[1]

    def extract_min(self):
        if len(self) == 0:
            raise IndexError("empty heap")
        top = self.a[1]
        last = self.a.pop()
        if len(self) > 0:
            self.a[1] = last
            self._down(1)
        return top

    @classmethod
    def heapify(cls, iterable):
        h = cls()
        h.a.extend(iterable)
        for i in range(len(h) // 2, 0, -1):
            h._down(i)
        return h
