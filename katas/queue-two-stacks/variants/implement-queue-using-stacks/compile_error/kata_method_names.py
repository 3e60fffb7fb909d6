# The kata's names instead of LeetCode's: MyQueue has enqueue, dequeue and is_empty, not push, pop and empty.
class MyQueue:

    def __init__(self):
        self.inbox, self.outbox = [], []

    def enqueue(self, x: int) -> None:
        self.inbox.append(x)

    def dequeue(self) -> int:
        self.peek()
        return self.outbox.pop()

    def peek(self) -> int:
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox[-1]

    def is_empty(self) -> bool:
        return not self.inbox and not self.outbox
