"""Any sequence of calls, on the judge's clock, against the model (conftest.py): successes,
failures of several exception classes (some slow: the clock moves while fn runs), BaseExceptions,
trials that call back into the breaker or meet a concurrent caller, state reads, and moves of
the clock that land exactly on the reset timeout's boundary or just before it. Thresholds 1 to 6,
timeouts 0 to 16 s in eighths: all exact in binary. Then one run at a measured size of each
workload, checked against the reference (a large threshold, many calls)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

HELPERS = {}


@pytest.fixture(autouse=True)
def _breakers(breakers):
    """The conftest's helpers, for the state machine (which has no fixtures)."""
    HELPERS["breakers"] = breakers


eighths = st.integers(0, 128).map(lambda k: k / 8)                  # 0 … 16 s
durations = st.one_of(st.just(0.0), st.integers(1, 40).map(lambda k: k / 8))
errors = st.sampled_from(["ProviderError", "RateLimited", "TimeoutError", "ConnectionError", "ValueError", "KeyError"])


def _half_open(machine) -> bool:
    return hasattr(machine, "b") and machine.b.model.admits(machine.b.now) == "trial"


def _open(machine) -> bool:
    return hasattr(machine, "b") and machine.b.model.opened_at is not None


class BreakerAgainstModel(RuleBasedStateMachine):
    @initialize(threshold=st.integers(1, 6), timeout=st.one_of(st.just(0.0), st.integers(1, 128).map(lambda k: k / 8)),
                start=st.integers(0, 1 << 24).map(lambda k: k / 8))
    def create(self, threshold, timeout, start):
        self.b = HELPERS["breakers"].new(threshold, timeout, start=start)

    @rule(dt=eighths)
    def move_the_clock(self, dt):
        self.b.later(dt)

    @precondition(_open)
    @rule(before=st.sampled_from([0.0, 0.125]))
    def move_to_the_boundary(self, before):
        # exactly when the reset timeout ends, or 1/8 s before (never backwards)
        m = self.b.model
        self.b.at(max(self.b.now, m.opened_at + m.timeout - before))

    @rule(takes=durations)
    def success(self, takes):
        self.b.ok("prompt", takes=takes)

    @rule(error=errors, takes=durations)
    def failure(self, error, takes):
        self.b.fail("prompt", error=error, takes=takes)

    @rule(takes=st.sampled_from([0.0, 1.0]))
    def interrupted(self, takes):
        self.b.interrupted(takes=takes)

    @rule()
    def state(self):
        self.b.state()

    @precondition(_half_open)
    @rule(outcome=st.sampled_from(["ok", "fail"]))
    def trial_that_calls_back(self, outcome):
        self.b.reentrant(outcome)


BreakerAgainstModel.TestCase.settings = settings(max_examples=100, stateful_step_count=30, deadline=None)
test_breaker_matches_the_model = BreakerAgainstModel.TestCase


@settings(max_examples=40, deadline=None)
@given(threshold=st.integers(-3, 4), timeout=st.one_of(st.integers(-64, 64).map(lambda k: k / 8), st.just(0)))
def test_arguments_are_checked(threshold, timeout, breakers):
    from judge.testing import Callback

    if threshold < 1 or timeout < 0:
        why = "failure_threshold must be at least 1" if threshold < 1 else "reset_timeout must not be negative"
        breakers.refused(why, threshold, timeout, clock=Callback(lambda: 0.0, name="clock"))
    else:
        b = breakers.new(threshold, timeout)
        b.state()
        for _ in range(threshold):
            b.fail()
        b.state()


@settings(max_examples=6, deadline=None)
@given(outcome=st.sampled_from(["ok", "fail"]), threshold=st.integers(1, 3))
def test_one_trial_at_a_time_with_a_concurrent_caller(outcome, threshold, breakers):
    b = breakers.new(threshold, 1.0)
    for _ in range(threshold):
        b.at(0.0).fail()
    b.at(1.0).concurrent(outcome)
    b.state()


def test_a_large_threshold_matches_the_reference(engine):
    engine.check_answers("threshold", 2_000, what="call() and state with failure_threshold = n, in runs of failures "
                                               "just short of it, then an outage", size_name="n")


def test_many_calls_match_the_reference(engine):
    engine.check_answers("calls", 4_000, what="call() and state on two breakers through healthy spells and outages",
                         size_name="calls")
