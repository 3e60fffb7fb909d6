"""The cache against a model, over random sequences of put and get, with capacities 1 to 4 and
several thresholds. Vectors are made of -1, 0 and 1 times a power of two (0.5, 1, 2 or 4), in a
few directions, mostly of length 3: every similarity is computed exactly in the model, entries
of one direction tie exactly in any correct solution (a power of two scales every step of the
computation exactly), and no similarity lies within 0.02 of a threshold. When entries of
different directions have mathematically equal similarities, the model accepts the most
recently used entry of any of those directions (their floats may differ in the last bit from one
correct solution to another) and follows the one returned. Wrong lengths and zero vectors come
too, and must raise ValueError and change nothing."""

import math
from fractions import Fraction

from hypothesis import Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from judge.testing import RemoteError, WrongAnswer, expect, expect_raises, show, submission

DIRECTIONS = [(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (1, -1, 0), (0, 1, 1), (1, 1, 1), (-1, 0, 0), (1, 0, -1)]
SHORT = [(1, 0), (0, 1), (1, 1)]  # a length other than 3 (or the first put's, if it was one of these)
LONG = [(1, 0, 0, 1), (0, 1, 0, 0)]
SCALES = [0.5, 1.0, 2.0, 4.0]
THRESHOLDS = [None, 0.3, 0.6, 0.75, 0.9, 0.95]  # None: the default, 0.95

vectors = st.tuples(
    st.one_of(*[st.sampled_from(DIRECTIONS)] * 6, st.sampled_from(SHORT), st.sampled_from(LONG), st.just((0, 0, 0))),
    st.sampled_from(SCALES),
).map(lambda pair: [c * pair[1] for c in pair[0]])


def direction(vector):
    top = max(abs(c) for c in vector)
    return tuple(int(c / top) for c in vector)


def order_key(a, q):
    """cos(a, q) · |cos(a, q)|, exactly: it orders entries as their cosines do."""
    dot = sum(Fraction(x) * Fraction(y) for x, y in zip(a, q))
    return dot * abs(dot) / (sum(Fraction(x) ** 2 for x in a) * sum(Fraction(y) ** 2 for y in q))


def cosine(a, q):
    return sum(x * y for x, y in zip(a, q)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in q))


class SemanticCacheAgainstModel(RuleBasedStateMachine):
    @initialize(capacity=st.integers(1, 4), threshold=st.sampled_from(THRESHOLDS))
    def create(self, capacity, threshold):
        self.capacity = capacity
        self.threshold = 0.95 if threshold is None else threshold
        args = (capacity,) if threshold is None else (capacity, threshold)
        self.cache = submission().SemanticCache(*args)
        self.entries = []  # [vector, response], least recently used first
        self.dimension = None
        self.serial = 0

    def _invalid(self, vector):
        if not any(vector):
            return "a zero vector has no direction"
        if self.dimension is not None and len(vector) != self.dimension:
            return f"the first successful put fixed the dimension at {self.dimension}"
        return None

    @rule(vector=vectors)
    def put(self, vector):
        why = self._invalid(vector)
        self.serial += 1
        response = f"r{self.serial}"
        if why:
            expect_raises("ValueError", self.cache.put, vector, response, note=why)
            return
        try:
            expect(self.cache.put(vector, response), None)
        except RemoteError as err:
            if err.is_a("ValueError"):
                raise WrongAnswer(f"{err.call} raised ValueError, but {show(vector)} is valid here (the dimension is "
                                  f"{self.dimension or 'not fixed yet'}): a call that raised ValueError earlier must "
                                  "have changed nothing") from None
            raise
        if len(self.entries) == self.capacity:
            self.entries.pop(0)
        self.entries.append([list(vector), response])
        if self.dimension is None:
            self.dimension = len(vector)

    @precondition(lambda self: self.dimension is not None)
    @rule(vector=vectors)
    def get(self, vector):
        why = self._invalid(vector)
        if why:
            expect_raises("ValueError", self.cache.get, vector, note=why)
            return
        keys = [order_key(stored, vector) for stored, _ in self.entries]
        best = max(keys)
        if cosine(self.entries[keys.index(best)][0], vector) < self.threshold:
            cosines = ", ".join(f"{cosine(stored, vector):.4f}" for stored, _ in self.entries)
            expect(self.cache.get(vector), None,
                   note=f"the best cosine similarity is below the threshold {self.threshold} (cosines, least recently used first: {cosines})")
            return
        tied = [i for i, key in enumerate(keys) if key == best]
        allowed = {}
        for i in tied:  # the most recently used entry of each tied direction
            allowed[direction(self.entries[i][0])] = i
        got = self.cache.get(vector)
        choices = sorted(allowed.values())
        if len(choices) == 1:
            i = choices[0]
            note = (f"{show(self.entries[i][0])} has the highest cosine similarity ({cosine(self.entries[i][0], vector):.4f})"
                    + (f", tied with {len(tied) - 1} other entr{'y' if len(tied) == 2 else 'ies'} of the same direction: "
                       "the most recently used wins" if len(tied) > 1 else ""))
            expect(got, self.entries[i][1], note=note)
        else:
            if got not in [self.entries[i][1] for i in choices]:
                raise WrongAnswer(f"get({show(vector)}) returned {show(got)}, expected one of "
                                  f"{show([self.entries[i][1] for i in choices])}: equal cosine similarities, "
                                  "and the most recently used of each direction")
            i = next(i for i in choices if self.entries[i][1] == got)
        self.entries.append(self.entries.pop(i))

    @precondition(lambda self: self.dimension is None)
    @rule(vector=st.sampled_from(DIRECTIONS))
    def get_on_an_empty_cache(self, vector):
        expect(self.cache.get(list(map(float, vector))), None, note="an empty cache holds nothing")


SemanticCacheAgainstModel.TestCase.settings = settings(
    max_examples=60, stateful_step_count=20, phases=[Phase.explicit, Phase.generate, Phase.shrink])
test_cache_matches_the_model = SemanticCacheAgainstModel.TestCase


def test_large_caches_match_the_reference(engine):
    """The measured inputs, checked before measuring: a fast path that is wrong only on large
    caches is a wrong answer, not a time to compare."""
    engine.check_answers("put", 512, what="put() into a full cache of capacity 512, and get()", size_name="capacity")
    engine.check_answers("get", 256, what="get() on a cache of 256 entries", size_name="entries")
