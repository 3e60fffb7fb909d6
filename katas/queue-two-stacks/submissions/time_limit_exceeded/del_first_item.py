"""Too slow: one list, and `del items[0]` to dequeue, which shifts every remaining item (O(n) per dequeue)."""


class QueueWithStacks:
    def __init__(self):
        self.items = []

    def enqueue(self, x):
        self.items.append(x)

    def dequeue(self):
        if not self.items:
            raise IndexError("empty queue")
        x = self.items[0]
        del self.items[0]
        return x

    def peek(self):
        if not self.items:
            raise IndexError("empty queue")
        return self.items[0]

    def is_empty(self):
        return not self.items

    def __len__(self):
        return len(self.items)
