"""Wrong: dequeue pours the inbox onto the outbox even when the outbox still holds items, so newer items jump the line."""


class QueueWithStacks:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def enqueue(self, x):
        self.inbox.append(x)

    def _refill(self):
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
        return not self.inbox and not self.outbox

    def __len__(self):
        return len(self.inbox) + len(self.outbox)
