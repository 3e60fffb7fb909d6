"""Too slow: dequeue() is right (refill the outbox only when it is empty), but peek() finds the
front by pouring the inbox onto a temporary stack, looking, and pouring it back, even when the
outbox already holds the front item: O(n) per peek."""


class QueueWithStacks:
    def __init__(self):
        self._inbox = []
        self._outbox = []

    def enqueue(self, x):
        self._inbox.append(x)

    def dequeue(self):
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())
        if not self._outbox:
            raise IndexError("dequeue from an empty queue")
        return self._outbox.pop()

    def peek(self):
        if not self._inbox and not self._outbox:
            raise IndexError("peek at an empty queue")
        temp = []
        while self._inbox:
            temp.append(self._inbox.pop())
        front = self._outbox[-1] if self._outbox else temp[-1]
        while temp:
            self._inbox.append(temp.pop())
        return front

    def is_empty(self):
        return not self._inbox and not self._outbox

    def __len__(self):
        return len(self._inbox) + len(self._outbox)
