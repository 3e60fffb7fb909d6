"""Rule violation: one list with list.pop(0) as dequeue, which is not a stack (and is O(n) per call)."""


class QueueWithStacks:
    def __init__(self):
        self.items = []

    def enqueue(self, x):
        self.items.append(x)

    def dequeue(self):
        if not self.items:
            raise IndexError("empty queue")
        return self.items.pop(0)

    def peek(self):
        if not self.items:
            raise IndexError("empty queue")
        return self.items[0]

    def is_empty(self):
        return not self.items

    def __len__(self):
        return len(self.items)
