# The O(n) push: every push pours the whole queue onto the other stack and back, so the oldest
# item stays on top. Fine for LeetCode's 100 calls, but not the follow-up's amortized O(1).
class MyQueue:

    def __init__(self):
        self.stack = []  # oldest on top
        self.tmp = []

    def push(self, x: int) -> None:
        while self.stack:
            self.tmp.append(self.stack.pop())
        self.tmp.append(x)
        while self.tmp:
            self.stack.append(self.tmp.pop())

    def pop(self) -> int:
        return self.stack.pop()

    def peek(self) -> int:
        return self.stack[-1]

    def empty(self) -> bool:
        return not self.stack
