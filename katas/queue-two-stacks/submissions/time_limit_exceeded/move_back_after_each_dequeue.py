"""Too slow: every dequeue and peek pours the whole stack into the other and back again (O(n) per operation)."""


class QueueWithStacks:
    def __init__(self):
        self.stack = []
        self.temp = []

    def enqueue(self, x):
        self.stack.append(x)

    def _front(self, remove):
        if not self.stack:
            raise IndexError("empty queue")
        while self.stack:
            self.temp.append(self.stack.pop())
        x = self.temp.pop() if remove else self.temp[-1]
        while self.temp:
            self.stack.append(self.temp.pop())
        return x

    def dequeue(self):
        return self._front(remove=True)

    def peek(self):
        return self._front(remove=False)

    def is_empty(self):
        return not self.stack

    def __len__(self):
        return len(self.stack)
