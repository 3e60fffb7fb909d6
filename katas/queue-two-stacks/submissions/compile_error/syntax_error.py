"""Compile error: `def` is missing before enqueue."""


class QueueWithStacks:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    enqueue(self, x):
        self.inbox.append(x)
