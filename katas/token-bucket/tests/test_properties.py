"""Any sequence of calls, on the judge's clock moving forwards, standing still and going
backwards, against the model (conftest.py): every try_consume and available, the constructor's
single read, and the argument checks. Rates are powers of two, capacities and amounts quarters,
times eighths of a second: all exact in binary, so ties (exactly n tokens) are tested too."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

BUCKETS = {}


@pytest.fixture(autouse=True)
def _buckets(buckets):
    """The conftest's helpers, for the state machine (which has no fixtures)."""
    BUCKETS["helpers"] = buckets

rates = st.integers(-3, 6).map(lambda k: 2.0**k)                  # 1/8 … 64 per second
quarters = st.integers(1, 64).map(lambda k: k / 4)                 # 0.25 … 16
moves = st.one_of(
    st.integers(-16, 64).map(lambda k: k / 8),                      # -2 s … +8 s
    st.integers(0, 4).map(lambda k: 0.0),                           # no time at all
    st.integers(1, 1 << 12).map(lambda k: float(k)),                # a long idle spell
    st.integers(-(1 << 12), -1).map(lambda k: float(k)),            # far back
)


class BucketAgainstModel(RuleBasedStateMachine):
    @initialize(rate=rates, capacity=quarters, start=st.integers(0, 1 << 24).map(lambda k: k / 8))
    def create(self, rate, capacity, start):
        self.capacity = capacity
        self.t = start
        self.b = BUCKETS["helpers"].new(rate, capacity, start=start)

    @rule(dt=moves)
    def move_the_clock(self, dt):
        self.t = max(0.0, self.t + dt)
        self.b.at(self.t)

    @rule(n=quarters)
    def try_consume(self, n):
        self.b.try_consume(n)

    @rule()
    def try_consume_one(self):
        self.b.try_consume()

    @rule()
    def available(self):
        self.b.available()

    @precondition(lambda self: hasattr(self, "b"))
    @rule()
    def drain(self):
        # take exactly what there is: a tie, granted (available() is exact with these values)
        left = self.b.available()
        if left > 0:
            self.b.try_consume(left)


BucketAgainstModel.TestCase.settings = settings(max_examples=120, stateful_step_count=30, deadline=None)
test_bucket_matches_the_model = BucketAgainstModel.TestCase


non_positive = st.one_of(st.just(0.0), st.just(0), st.integers(-64, -1).map(lambda k: k / 4))


@settings(max_examples=60, deadline=None)
@given(rate=st.one_of(rates, non_positive), capacity=st.one_of(quarters, non_positive))
def test_rate_and_capacity_must_be_positive(rate, capacity, buckets):
    if rate > 0 and capacity > 0:
        return
    from judge.testing import Callback

    why = "rate must be positive" if not rate > 0 else "capacity must be positive"
    buckets.refused(why, rate, capacity, clock=Callback(lambda: 0.0, name="clock"))


@settings(max_examples=40, deadline=None)
@given(n=non_positive, rate=rates, capacity=quarters)
def test_n_must_be_positive(n, rate, capacity, buckets):
    b = buckets.new(rate, capacity)
    b.at(0.0).refused(n, why="n must be positive")
    b.at(0.125).available()
