"""Runtime error: peek() reads the top of the outbox without refilling it, an IndexError while items wait in the inbox."""


class QueueWithStacks:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def enqueue(self, x):
        self.inbox.append(x)

    def dequeue(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        if not self.outbox:
            raise IndexError("empty queue")
        return self.outbox.pop()

    def peek(self):
        if self.is_empty():
            raise IndexError("empty queue")
        return self.outbox[-1]

    def is_empty(self):
        return not self.inbox and not self.outbox

    def __len__(self):
        return len(self.inbox) + len(self.outbox)
