"""The heap against a simple model: a sorted Python list in the judge."""

import bisect

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from judge.testing import asking, expect, expect_raises, submission, support

values = st.integers(min_value=-20, max_value=20)


class HeapAgainstModel(RuleBasedStateMachine):
    @initialize(start=st.lists(values, max_size=12))
    def create(self, start):
        """Either an empty MinHeap() or MinHeap.heapify(start)."""
        if start:
            with asking(f"MinHeap.heapify({start!r})"):
                self.heap = support().heapify(start)
        else:
            self.heap = submission().MinHeap()
        self.model = sorted(start)

    def _holds(self):
        return f"the heap holds {self.model} (sorted)"

    @rule(v=values)
    def insert(self, v):
        expect(self.heap.insert(v), None)
        bisect.insort(self.model, v)

    @rule()
    def extract_min(self):
        if not self.model:
            expect_raises("IndexError", self.heap.extract_min, note="the heap is empty")
            return
        note = self._holds()
        expect(self.heap.extract_min(), self.model.pop(0), note=note)

    @rule()
    def peek(self):
        if not self.model:
            expect_raises("IndexError", self.heap.peek, note="the heap is empty")
            return
        expect(self.heap.peek(), self.model[0], note=self._holds())

    @rule()
    def size(self):
        expect(self.heap.len(), len(self.model), note=self._holds())


# Heap bugs show within a dozen calls; shorter runs shrink faster to the smallest failing sequence.
HeapAgainstModel.TestCase.settings = settings(max_examples=100, stateful_step_count=25)
test_heap_matches_model = HeapAgainstModel.TestCase


def test_large_heaps_agree_with_the_reference(engine):
    """A fast path that is wrong only on large heaps is a wrong answer before anything is timed."""
    engine.check_answers("insert_extract_ints", 4_000, what="insert() of increasing ints, peek() and extract_min()")
    engine.check_answers("heapify_random", 32_000, what="MinHeap.heapify() of random values")
    engine.check_answers("heapify_shapes", 32_000, what="MinHeap.heapify() of decreasing and organ-pipe values")
