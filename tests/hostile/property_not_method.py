# expect: runtime_error
# kata: queue-two-stacks
"""Defines is_empty as a @property where the contract asks for a method is_empty(): the
hidden test's call of it must be blamed on the submission (a runtime error naming the
attribute), not on the judge's own test (an internal error)."""


class QueueWithStacks:
    def __init__(self):
        self._inbox = []
        self._outbox = []

    def enqueue(self, x):
        self._inbox.append(x)

    def _refill(self):
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())

    def dequeue(self):
        self._refill()
        if not self._outbox:
            raise IndexError("dequeue from an empty queue")
        return self._outbox.pop()

    def peek(self):
        self._refill()
        if not self._outbox:
            raise IndexError("peek at an empty queue")
        return self._outbox[-1]

    @property
    def is_empty(self):
        return not self._inbox and not self._outbox

    def __len__(self):
        return len(self._inbox) + len(self._outbox)
