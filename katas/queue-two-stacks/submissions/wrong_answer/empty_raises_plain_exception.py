"""Wrong: an empty queue raises a bare Exception("queue is empty") instead of IndexError."""


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
        if not self.outbox:
            raise Exception("queue is empty")

    def dequeue(self):
        self._refill()
        return self.outbox.pop()

    def peek(self):
        self._refill()
        return self.outbox[-1]

    def is_empty(self):
        return not self.inbox and not self.outbox

    def __len__(self):
        return len(self.inbox) + len(self.outbox)
