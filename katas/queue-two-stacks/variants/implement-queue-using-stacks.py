"""LeetCode 232 (implement-queue-using-stacks) as the queue-two-stacks kata's hidden tests call
it. `learner` is the learner's file, loaded as LeetCode loads it; this module is the kata's, in
the solution process, and decides nothing: the judge checks every answer it returns.

LeetCode's MyQueue is the kata's QueueWithStacks under other names: push is enqueue, pop is
dequeue, empty is is_empty, and peek is peek. It has no __len__, holds items 1..9, and is never
popped or peeked while empty; the tests leave those out for this variant."""


class QueueWithStacks:
    def __init__(self):
        self._queue = learner.MyQueue()  # noqa: F821 (given by the harness)

    def enqueue(self, x):
        return self._queue.push(x)

    def dequeue(self):
        return self._queue.pop()

    def peek(self):
        return self._queue.peek()

    def is_empty(self):
        return self._queue.empty()
