"""The queue against a simple model: a Python list, oldest item first."""

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from judge.testing import expect, expect_raises, submission, variant

# "implement-queue-using-stacks": LeetCode 232's items are 1..9, it never pops or peeks an empty
# queue, and its MyQueue has no __len__
LEETCODE = variant()

if LEETCODE:
    items = st.integers(min_value=1, max_value=9)
else:
    items = st.one_of(st.integers(min_value=0, max_value=99), st.none(), st.sampled_from(["a", "b", ""]))


class QueueAgainstModel(RuleBasedStateMachine):
    @initialize()
    def create(self):
        self.model = []
        self.queue = submission().QueueWithStacks()

    @rule(x=items)
    def enqueue(self, x):
        expect(self.queue.enqueue(x), None)
        self.model.append(x)

    @rule()
    def dequeue(self):
        if not self.model:
            if LEETCODE:
                return
            expect_raises("IndexError", self.queue.dequeue, note="the queue is empty")
            return
        note = f"the queue held {self.model!r}, oldest first"
        expect(self.queue.dequeue(), self.model.pop(0), note=note)

    @rule()
    def peek(self):
        if not self.model:
            if LEETCODE:
                return
            expect_raises("IndexError", self.queue.peek, note="the queue is empty")
            return
        expect(self.queue.peek(), self.model[0], note=f"the queue holds {self.model!r}, oldest first")

    @rule()
    def is_empty(self):
        expect(self.queue.is_empty(), not self.model, note=f"the queue holds {self.model!r}")

    if not LEETCODE:
        @rule()
        def size(self):
            expect(self.queue.len(), len(self.model), note=f"the queue holds {self.model!r}")


# Queue bugs show within a dozen calls; shorter runs shrink faster to the smallest failing sequence.
QueueAgainstModel.TestCase.settings = settings(max_examples=100, stateful_step_count=25)
test_queue_matches_model = QueueAgainstModel.TestCase


def test_a_long_queue_agrees_with_the_reference(engine):
    """A fast path that is wrong only on long queues is a wrong answer before anything is timed."""
    engine.check_answers("mixed_leetcode" if LEETCODE else "mixed", 8_000, what="enqueue(), dequeue() and peek() in a random mix", size_name="queue length")
