# Stacks by slicing: pop reverses the whole stack into a new list to reach the bottom item and
# reverses it back. Each copy is fast C, but it is O(n) per pop: not amortized O(1).
class MyQueue:

    def __init__(self):
        self.stack = []

    def push(self, x: int) -> None:
        self.stack.append(x)

    def pop(self) -> int:
        rev = self.stack[::-1]
        x = rev.pop()
        self.stack = rev[::-1]
        return x

    def peek(self) -> int:
        return self.stack[0]

    def empty(self) -> bool:
        return not self.stack
