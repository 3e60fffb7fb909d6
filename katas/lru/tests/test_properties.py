"""The cache against a simple model: a list of (key, value), least recent first."""

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from judge.testing import expect, submission, variant

LEETCODE = variant()  # "lru-cache": LeetCode 146's LRUCache has no __len__

keys = st.integers(min_value=0, max_value=4)  # and values 0..9, capacity 1..3: inside LeetCode 146's domain too


class LRUAgainstModel(RuleBasedStateMachine):
    @initialize(capacity=st.integers(min_value=1, max_value=3))
    def create(self, capacity):
        self.capacity = capacity
        self.model: list[tuple[int, int]] = []
        self.evicted: set[int] = set()
        self.cache = submission().LRUCache(capacity)

    def _find(self, key):
        return next((i for i, (k, _) in enumerate(self.model) if k == key), None)

    @rule(key=keys, value=st.integers(min_value=0, max_value=9))
    def put(self, key, value):
        expect(self.cache.put(key, value), None)
        i = self._find(key)
        if i is not None:
            self.model.pop(i)
        elif len(self.model) == self.capacity:
            old, _ = self.model.pop(0)
            self.evicted.add(old)
        self.model.append((key, value))
        self.evicted.discard(key)

    @rule(key=keys)
    def get(self, key):
        i = self._find(key)
        if i is None:
            note = f"{key} was the least recently used key and was evicted" if key in self.evicted else f"{key} was never put"
            expect(self.cache.get(key), -1, note=note)
            return
        _, value = self.model.pop(i)
        self.model.append((key, value))
        expect(self.cache.get(key), value, note=f"{key} is still in the cache")

    if not LEETCODE:
        @rule()
        def size(self):
            expect(self.cache.len(), len(self.model))


# LRU bugs show within a dozen calls; shorter runs shrink faster to the smallest failing sequence.
LRUAgainstModel.TestCase.settings = settings(max_examples=200, stateful_step_count=25)
test_lru_matches_model = LRUAgainstModel.TestCase


def test_large_cache_matches_the_reference(engine):
    engine.check_answers("get_put_leetcode" if LEETCODE else "get_put", 1_000, what="get() and put() on a full cache", size_name="capacity")
