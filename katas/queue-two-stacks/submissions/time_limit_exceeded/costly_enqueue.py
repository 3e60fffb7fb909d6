"""Too slow: keeps the oldest item on top by moving everything out and back on each enqueue (O(n) per enqueue)."""


class QueueWithStacks:
    def __init__(self):
        self.main = []  # oldest on top
        self.aux = []

    def enqueue(self, x):
        while self.main:
            self.aux.append(self.main.pop())
        self.main.append(x)
        while self.aux:
            self.main.append(self.aux.pop())

    def dequeue(self):
        if not self.main:
            raise IndexError("empty queue")
        return self.main.pop()

    def peek(self):
        if not self.main:
            raise IndexError("empty queue")
        return self.main[-1]

    def is_empty(self):
        return not self.main

    def __len__(self):
        return len(self.main)
