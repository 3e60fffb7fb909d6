"""The map against a simple model (a Python dict in the judge), with keys chosen to collide.
After each overwrite the size is checked, and after each remove every remaining key is looked
up, so a broken probe sequence or a duplicated key shows right after the call that caused it."""

import reprlib

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from judge.testing import asking, expect, expect_raises, submission, support, variant

_short = reprlib.Repr()
_short.maxdict = 12
_short.maxlong = 25

# "design-hashmap": LeetCode 706's MyHashMap, keys and values ints in [0, 10**6]; get gives -1 for
# an absent key (leetcode_get: MyHashMap.get's own answer), remove of an absent key does nothing,
# and there is no `in` and no len: those rules check what LeetCode's get says instead.
LEETCODE = variant()

M = 2**61 - 1  # hash(k * M) == 0 for every int k, and hash(-1) == hash(-2)
# Mostly keys that collide whatever the table size, so chains and probe sequences are exercised.
POOL = [0, M, 2 * M, 3 * M, -1, -2, 8, "a", (1, 2)]
keys = st.one_of(st.sampled_from(POOL), st.sampled_from(POOL), st.sampled_from(POOL), st.integers(min_value=0, max_value=40))
values = st.one_of(st.integers(min_value=0, max_value=9), st.none())
# The learner's table hashes LeetCode's keys its own way, so its collisions are the keys that
# share a slot in the usual tables: multiples of 128,000 (a table of 1,000 or 1,024 slots, or of
# any power of two up to 1,024), of 769 and of 2,069 (LeetCode's favourite primes), and 10**6.
C = 128_000
if LEETCODE:
    POOL = [0, C, 2 * C, 3 * C, 769, 2 * 769, 2069, 2 * 2069, 10**6, 8]
    keys = st.one_of(st.sampled_from(POOL), st.sampled_from(POOL), st.sampled_from(POOL), st.integers(min_value=0, max_value=40))
    values = st.one_of(st.integers(min_value=0, max_value=9), st.just(10**6))


class HashMapAgainstModel(RuleBasedStateMachine):
    @initialize()
    def create(self):
        self.model = {}
        self.map = submission().HashMap()

    def _holds(self):
        return f"the map holds {_short.repr(self.model)}"

    def _get(self, key):
        """LeetCode's get: what MyHashMap.get answered, -1 for an absent key."""
        expect(self.map.leetcode_get(key), self.model.get(key, -1), note=self._holds())

    @rule(key=keys, value=values)
    def put(self, key, value):
        present = key in self.model
        expect(self.map.put(key, value), None)
        self.model[key] = value
        if present and LEETCODE:
            self._get(key)
        elif present:
            # An overwrite, perhaps after keys before it in its chain or probe run were removed.
            expect(self.map.len(), len(self.model), note=f"{key!r} was already present; {self._holds()}")

    @rule(start=st.integers(min_value=0, max_value=40), count=st.integers(min_value=1, max_value=10))
    def put_run(self, start, count):
        """Several puts in a row make the table grow."""
        for key in range(start, start + count):
            self.map.put(key, key % 10)
            self.model[key] = key % 10
        if LEETCODE:
            return self._get(start + count - 1)
        expect(self.map.len(), len(self.model), note=self._holds())

    @rule(count=st.integers(min_value=2, max_value=4))
    def put_colliding_run(self, count):
        """Keys 0, M, 2M, … share hash 0: one chain, or one probe run, whatever the table's size."""
        step = C if LEETCODE else M
        for i in range(count):
            self.map.put(i * step, i)
            self.model[i * step] = i

    @rule(key=keys)
    def get(self, key):
        if LEETCODE:
            return self._get(key)
        expect(self.map.get(key), self.model.get(key), note=self._holds())

    @rule(key=keys, default=st.sampled_from(["default", -1]))
    def get_with_default(self, key, default):
        if LEETCODE:  # LeetCode's get has no default
            return self._get(key)
        expect(self.map.get(key, default), self.model.get(key, default), note=self._holds())

    @rule(key=keys)
    def contains(self, key):
        if LEETCODE:  # LeetCode has no `in`: get says whether the key is there
            return self._get(key)
        expect(self.map.contains(key), key in self.model, note=self._holds())

    @rule()
    def size(self):
        if LEETCODE:  # LeetCode has no len
            return
        expect(self.map.len(), len(self.model), note=self._holds())

    @rule(key=keys)
    def remove(self, key):
        if key not in self.model and LEETCODE:
            # LeetCode 706: remove of an absent key does nothing; the keys held are checked below
            expect(self.map.remove(key), None)
        elif key not in self.model:
            expect_raises("KeyError", self.map.remove, key, note=f"{key!r} is absent; {self._holds()}")
            return
        else:
            expect(self.map.remove(key), None)
            del self.model[key]
        note = f"{key!r} was removed; {self._holds()}"
        if LEETCODE:
            expect(self.map.leetcode_get(key), -1, note=note)
        else:
            expect(self.map.contains(key), False, note=note)
        # Every remaining key must still be found: one round trip for all of them.
        others = list(self.model)
        before = "; ".join(self.map.history)
        absent, default = (-1, "") if LEETCODE else ("absent", ", 'absent'")  # LeetCode's get: -1, no default
        with asking(f"{before}; get(k{default}) for each k in {_short.repr(others)}"):
            found = support().get_each(self.map, others, absent)
        for other, got in zip(others, found):
            expect(got, self.model[other], note=note, call=f"{before}; get({other!r}{default})")
        if LEETCODE:
            return
        expect(self.map.len(), len(self.model), note=note)


# Hash map bugs show within a few dozen calls; shorter runs shrink faster to the smallest failing sequence.
HashMapAgainstModel.TestCase.settings = settings(max_examples=150, stateful_step_count=12)
test_hash_map_matches_model = HashMapAgainstModel.TestCase


def test_large_maps_agree_with_the_reference(engine):
    """A fast path that is wrong only on many keys is a wrong answer before anything is timed."""
    if LEETCODE:
        engine.check_answers("leetcode_operations", 4_000, what="put(), get() and remove()", size_name="keys")
        engine.check_answers("leetcode_int_keys", 8_000, what="put(), get() and remove() of many keys", size_name="keys")
        return
    engine.check_answers("operations", 4_000, what="put(), get(), remove() and in", size_name="keys")
    engine.check_answers("int_keys", 8_000, what="put(), get(), remove() and in with int keys", size_name="keys")
