"""Rule violation: queue.Queue is a ready-made (thread-safe) queue."""

import queue


class QueueWithStacks:
    def __init__(self):
        self.q = queue.Queue()

    def enqueue(self, x):
        self.q.put(x)

    def dequeue(self):
        if self.q.empty():
            raise IndexError("empty queue")
        return self.q.get()

    def peek(self):
        if self.q.empty():
            raise IndexError("empty queue")
        return self.q.queue[0]

    def is_empty(self):
        return self.q.empty()

    def __len__(self):
        return self.q.qsize()
