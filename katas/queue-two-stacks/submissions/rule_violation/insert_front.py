"""Rule violation: enqueue with list.insert(0, x) so that pop() takes the oldest item; that is not a stack."""


class QueueWithStacks:
    def __init__(self):
        self.items = []

    def enqueue(self, x):
        self.items.insert(0, x)

    def dequeue(self):
        if not self.items:
            raise IndexError("empty queue")
        return self.items.pop()

    def peek(self):
        if not self.items:
            raise IndexError("empty queue")
        return self.items[-1]

    def is_empty(self):
        return not self.items

    def __len__(self):
        return len(self.items)
