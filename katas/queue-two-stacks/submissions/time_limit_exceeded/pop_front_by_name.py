"""Too slow: one list, and dequeue() is `items.pop(FRONT)` with FRONT = 0 — list.pop(0) under
another name, which shifts every remaining item left (an O(n) memmove per dequeue). The move is
a fast C loop, cheap at a few thousand items; with tens of thousands it dominates."""

FRONT = 0


class QueueWithStacks:
    def __init__(self):
        self.items = []

    def enqueue(self, x):
        self.items.append(x)

    def dequeue(self):
        if not self.items:
            raise IndexError("dequeue from an empty queue")
        return self.items.pop(FRONT)

    def peek(self):
        if not self.items:
            raise IndexError("peek at an empty queue")
        return self.items[FRONT]

    def is_empty(self):
        return not self.items

    def __len__(self):
        return len(self.items)
