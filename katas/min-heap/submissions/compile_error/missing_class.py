"""Compile error: the class is called Heap, not MinHeap, so the required name is missing."""


class Heap:
    def __init__(self):
        self.items = []

    def insert(self, val):
        self.items.append(val)
        i = len(self.items) - 1
        while i > 0 and self.items[i] < self.items[(i - 1) // 2]:
            self.items[i], self.items[(i - 1) // 2] = self.items[(i - 1) // 2], self.items[i]
            i = (i - 1) // 2
