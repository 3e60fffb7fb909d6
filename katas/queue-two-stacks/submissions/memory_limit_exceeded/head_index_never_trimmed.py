"""Too much memory: one list and a head index. dequeue() reads items[head] and moves the index
on, which is O(1) and avoids list.pop(0); but nothing is ever removed from the list, so after
n items have passed through it holds all n, however few are still queued."""


class QueueWithStacks:
    def __init__(self):
        self.items = []
        self.head = 0

    def enqueue(self, x):
        self.items.append(x)

    def dequeue(self):
        if self.head == len(self.items):
            raise IndexError("dequeue from an empty queue")
        x = self.items[self.head]
        self.head += 1
        return x

    def peek(self):
        if self.head == len(self.items):
            raise IndexError("peek at an empty queue")
        return self.items[self.head]

    def is_empty(self):
        return self.head == len(self.items)

    def __len__(self):
        return len(self.items) - self.head
