"""Also accepted: an explicit Stack class, and the refill done in one go by reversing the inbox."""


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def top(self):
        return self.items[-1]

    def __len__(self):
        return len(self.items)


class QueueWithStacks:
    def __init__(self):
        self.back = Stack()
        self.front = Stack()

    def enqueue(self, x):
        self.back.push(x)

    def _front(self):
        if len(self.front) == 0:
            if len(self.back) == 0:
                raise IndexError("the queue is empty")
            self.back.items.reverse()
            self.front, self.back = self.back, self.front
        return self.front

    def dequeue(self):
        return self._front().pop()

    def peek(self):
        return self._front().top()

    def is_empty(self):
        return len(self) == 0

    def __len__(self):
        return len(self.back) + len(self.front)
