"""Random sequences against the model (conftest.py): decoding T tokens equals causal attention
over the whole sequence, row by row, with the caller reusing its arrays; any interleaving of
appends, attends and len() against a model of the cached tokens; a sequence longer than any
fixed maximum a cache might have; and the measured workloads checked against the reference.

Values are multiples of 1/4 between -4 and 4 (exact in binary), so that the scores are exact and
the model's answer cannot flip by a rounding of the submission's."""

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from judge.testing import (
    asking,
    expect,
    expect_close,
    expect_raises,
    submission,
    support,
)

REL = ABS = 1e-9  # the track's tolerances, as in conftest.py (a state machine has no fixtures)


def attention_of_one(q, K, V):
    """One query over every cached key: what attend(q) must give with K and V cached (conftest.py's)."""
    scores = K @ q / math.sqrt(len(q))
    weights = np.exp(scores - scores.max())
    return weights @ V / weights.sum()


def close(actual, expected, note=None, call=None):
    expect_close(actual, expected, rel=REL, abs=ABS, note=note, call=call)

quarters = st.integers(min_value=-16, max_value=16).map(lambda k: k / 4)


def matrix(draw, rows, cols):
    return np.array(draw(st.lists(st.lists(quarters, min_size=cols, max_size=cols), min_size=rows, max_size=rows)),
                    dtype=np.float64).reshape(rows, cols)


@st.composite
def sequences(draw):
    d = draw(st.integers(1, 5), label="d")
    dv = draw(st.integers(1, 4), label="dv")
    T = draw(st.integers(1, 9), label="T")
    return matrix(draw, T, d), matrix(draw, T, dv), matrix(draw, T, d)


@settings(max_examples=40)
@given(seq=sequences())
def test_decoding_equals_causal_attention_row_by_row(seq, model):
    K, V, Q = seq
    T, d = K.shape
    dv = V.shape[1]
    report = model.decode_reusing_buffers(submission().KVCache(d, dv), K, V, Q)
    expected = model.causal_attention(Q, K, V)
    for t, out in enumerate(report["outputs"]):
        model.close(out, expected[t], call=f"attend(q) after {t + 1} append(s) (d = {d}, dv = {dv})",
                    note=f"row {t} of causal attention over the whole sequence of {T} tokens (the caller reuses its "
                         "k, v and q arrays from one token to the next: append copies)")
    model.expect_unwritten(report["written"])


class CacheAgainstModel(RuleBasedStateMachine):
    """Appends, attends (any number, with any query, at any length), len() and refused shapes,
    in any order, against the list of tokens appended so far."""

    @initialize(d=st.integers(1, 4), dv=st.integers(1, 4))
    def create(self, d, dv):
        self.d, self.dv = d, dv
        self.keys, self.values = [], []
        self.cache = submission().KVCache(d, dv)

    @rule(data=st.data())
    def append(self, data):
        k = np.array(data.draw(st.lists(quarters, min_size=self.d, max_size=self.d), label="k"))
        v = np.array(data.draw(st.lists(quarters, min_size=self.dv, max_size=self.dv), label="v"))
        expect(self.cache.append(k, v), None)
        self.keys.append(k)
        self.values.append(v)

    @precondition(lambda self: self.keys)
    @rule(data=st.data())
    def attend(self, data):
        q = np.array(data.draw(st.lists(quarters, min_size=self.d, max_size=self.d), label="q"))
        close(self.cache.attend(q), attention_of_one(q, np.array(self.keys), np.array(self.values)),
              note=f"attention of q over the {len(self.keys)} tokens appended so far")

    @precondition(lambda self: not self.keys)
    @rule()
    def attend_on_empty(self):
        expect_raises("ValueError", self.cache.attend, np.zeros(self.d), note="nothing cached yet")

    @rule()
    def length(self):
        expect(self.cache.len(), len(self.keys), note="one token per append")

    @rule(extra=st.sampled_from([-1, 1, 2]), which=st.sampled_from(["key", "value", "query"]))
    def wrong_shape(self, extra, which):
        width = self.dv if which == "value" else self.d
        if width + extra < 0:
            return
        bad = np.ones(width + extra)
        if which == "key":
            expect_raises("ValueError", self.cache.append, bad, np.ones(self.dv),
                          note=f"a key of shape ({width + extra},) where d = {self.d}")
        elif which == "value":
            expect_raises("ValueError", self.cache.append, np.ones(self.d), bad,
                          note=f"a value of shape ({width + extra},) where dv = {self.dv}")
        else:
            expect_raises("ValueError", self.cache.attend, bad, note=f"a query of shape ({width + extra},) where d = {self.d}")


CacheAgainstModel.TestCase.settings = settings(max_examples=30, stateful_step_count=15)
test_cache_matches_model = CacheAgainstModel.TestCase


LONG = 20_000  # tokens: past every power of two a fixed buffer is likely to have, up to 16,384


def test_a_long_sequence_has_no_fixed_maximum(solution, model):
    """20,000 tokens appended (in the solution process, in chunks), attended at lengths just past
    the sizes a fixed buffer might have: 1,025, 2,049, 4,097, 8,193, 16,385, and at 20,000. (The
    performance group goes on to 32,000 tokens.)"""
    d, dv = 3, 2
    rng = np.random.default_rng(2024)
    K, V = rng.standard_normal((LONG, d)), rng.standard_normal((LONG, dv))
    cache = solution.KVCache(d, dv)
    held = 0
    for stop in (1_025, 2_049, 4_097, 8_193, 16_385, LONG):
        with asking(f"KVCache(3, 2); {stop:,} appends in all; len()"):
            held_now = support().extend(cache, K[held:stop], V[held:stop])
        expect(held_now, stop, call=f"len() after {stop:,} appends")
        held = stop
        q = rng.standard_normal(d)
        close(cache.attend(q), attention_of_one(q, K[:stop], V[:stop]), call=f"attend(q) after {stop:,} appends",
              note="the cache holds every token appended, however many: no fixed maximum length, no window")


def test_measured_inputs_match_the_reference(engine):
    """The measured inputs, checked before measuring: a fast path that is wrong only on long
    sequences is a wrong answer, not a time to compare."""
    engine.check_answers("appends", 2_000, what="2,000 appends (d = dv = 32)", size_name="T")
    engine.check_answers("attend", 500, what="16 decoding steps on a cache of 500 tokens (d = dv = 32)", size_name="t")
