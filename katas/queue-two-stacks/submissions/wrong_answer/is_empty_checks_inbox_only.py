"""Wrong: is_empty() and len() look only at the inbox, forgetting the items already moved to the outbox."""


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
            raise IndexError("empty queue")
        return self.outbox.pop()

    def peek(self):
        self._refill()
        if not self.outbox:
            raise IndexError("empty queue")
        return self.outbox[-1]

    def is_empty(self):
        return len(self.inbox) == 0

    def __len__(self):
        return len(self.inbox)
