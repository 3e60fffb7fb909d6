"""Wrong: dequeue() and peek() on an empty queue return None instead of raising IndexError."""


class QueueWithStacks:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def enqueue(self, x):
        self.inbox.append(x)

    def _refill(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())

    def dequeue(self):
        self._refill()
        if not self.outbox:
            return None
        return self.outbox.pop()

    def peek(self):
        self._refill()
        if not self.outbox:
            return None
        return self.outbox[-1]

    def is_empty(self):
        return not self.inbox and not self.outbox

    def __len__(self):
        return len(self.inbox) + len(self.outbox)
