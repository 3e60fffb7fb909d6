"""Too slow: dequeue rebuilds the list without its first item, items = items[1:], copying n - 1 items each time."""


class QueueWithStacks:
    def __init__(self):
        self.items = []

    def enqueue(self, x):
        self.items.append(x)

    def dequeue(self):
        if not self.items:
            raise IndexError("empty queue")
        x = self.items[0]
        self.items = self.items[1:]
        return x

    def peek(self):
        if not self.items:
            raise IndexError("empty queue")
        return self.items[0]

    def is_empty(self):
        return len(self.items) == 0

    def __len__(self):
        return len(self.items)
