"""Rule violation: collections.deque is a ready-made queue."""

from collections import deque


class QueueWithStacks:
    def __init__(self):
        self.items = deque()

    def enqueue(self, x):
        self.items.append(x)

    def dequeue(self):
        return self.items.popleft()

    def peek(self):
        if not self.items:
            raise IndexError("empty queue")
        return self.items[0]

    def is_empty(self):
        return not self.items

    def __len__(self):
        return len(self.items)
