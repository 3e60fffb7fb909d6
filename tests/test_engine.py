"""The engine's decisions, with fake solution processes whose kernel CPU time the test sets:
no clock, no child. (The real processes are exercised by the katas and the corpora.)"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from judge.complexity.engine import Engine
from judge.failures import InternalError, SubmissionFailure, TooMuchSpace, TooSlow, WrongAnswer
from judge.verdict import Verdict

KATA = SimpleNamespace(meta=SimpleNamespace(limits=SimpleNamespace(call_s=10.0)))


class FakeBox:
    """A solution process: `cost(n, batch)` is the CPU the kernel would count for one
    measurement, `answer(n, seed)` what it returns, `memory(n)` the extra memory it takes."""

    def __init__(self, cost, answer=lambda n, seed: f"{n}:{seed}", memory=lambda n: 0, fail=None):
        self.cost, self.answer, self.memory, self.fail = cost, answer, memory, fail
        self.cpu = 0.0
        self.mem = 10_000_000
        self.peak = self.mem
        self.death = None
        self.cgroup = SimpleNamespace(memory_bytes=lambda: self.mem, memory_peak_bytes=lambda: self.peak,
                                      reset_memory_peak=lambda: None)
        self.pid = None
        self.seeds = []
        self.closed = False

    def cpu_seconds(self):
        return self.cpu

    def close(self):
        self.closed = True

    def expect_shape(self, value, check, call):
        assert check(value)
        return value

    def request(self, op, payload, *, call, timeout=None):
        if self.fail is not None:
            raise self.fail
        if op == "build":
            self.n, self.seed = payload["n"], payload["seed"]
            self.mem += payload["n"]  # the inputs: one byte per item
            self.peak = self.mem
            return None
        if op == "run":
            self.peak = self.mem + self.memory(self.n)
            return {"digest": f"{self.answer(self.n, self.seed):0>64}"[-64:], "counts": {}}
        n, seed, batch = payload["n"], payload["seed"], payload["batch"]
        self.seeds.append(seed)
        self.cpu += self.cost(n, batch)
        return {"digest": f"{self.answer(n, seed):0>64}"[-64:], "counts": {}}


def engine_with(sub: FakeBox, ref: FakeBox) -> Engine:
    def opener(path, label, core):
        return ref if label == "the reference" else sub

    return Engine(KATA, Path("sub.py"), Path("ref.py"), opener, pinned=False)


def check_time(engine, **kw):
    engine._check_time("w", (1_000, 64_000), what="f()", bound="O(n)", **kw)


def test_linear_against_linear_with_a_constant_factor_is_accepted():
    sub, ref = FakeBox(lambda n, b: 3e-6 * n * b), FakeBox(lambda n, b: 1e-6 * n * b)
    check_time(engine_with(sub, ref))


def test_quadratic_against_linear_is_too_slow_with_the_table():
    sub, ref = FakeBox(lambda n, b: 1e-9 * n * n * b), FakeBox(lambda n, b: 1e-6 * n * b)
    with pytest.raises(TooSlow) as caught:
        check_time(engine_with(sub, ref))
    assert "Required: O(n)" in str(caught.value) and "as the kernel counts it" in str(caught.value)


def test_the_margin_is_the_clearest_rejection_not_the_first_one_said():
    """A submission past the constant-factor cap by a hair whose growth is clearly worse: the
    factor's message is said (it comes first), but the margin the figures keep is the growth's, so
    the benchmark of near misses does not list a verdict that another check makes certain."""
    sub, ref = FakeBox(lambda n, b: 6.4e-9 * n * n * b), FakeBox(lambda n, b: 1e-6 * n * b)
    engine = engine_with(sub, ref)  # 51× the reference's cost at n = 8,000, the third size
    with pytest.raises(TooSlow, match="times as much as the reference's"):
        check_time(engine)
    assert engine._figures["sizes"] == [1_000, 2_828, 8_000]
    assert engine._figures["margin"] > 1.9  # the growth: 8× the reference's, twice the tolerance


def test_an_accepted_measurement_keeps_its_margin_below_one():
    sub, ref = FakeBox(lambda n, b: 3e-6 * n * b), FakeBox(lambda n, b: 1e-6 * n * b)
    engine = engine_with(sub, ref)
    check_time(engine)
    assert 0 < engine._figures["margin"] < 0.2  # three times the reference's cost of a 50× cap


def test_a_wrong_answer_while_measured_is_wrong_answer_naming_the_size():
    sub = FakeBox(lambda n, b: 1e-6 * n * b, answer=lambda n, seed: "fast" if n > 5_000 else f"{n}:{seed}")
    ref = FakeBox(lambda n, b: 1e-6 * n * b)
    with pytest.raises(WrongAnswer, match="at n = 8,000, your code returned a different result from the reference"):
        check_time(engine_with(sub, ref))


def test_every_repeat_draws_fresh_inputs_and_both_sides_get_the_same():
    sub, ref = FakeBox(lambda n, b: 1e-6 * n * b), FakeBox(lambda n, b: 1e-6 * n * b)
    check_time(engine_with(sub, ref))
    assert sub.seeds == ref.seeds[1:]  # the reference's first run only calibrates the batch
    assert len(set(sub.seeds)) == len(sub.seeds)


def test_batches_are_calibrated_on_the_reference():
    sub, ref = FakeBox(lambda n, b: 1e-5 * n * b), FakeBox(lambda n, b: 1e-5 * n * b)
    engine = engine_with(sub, ref)
    check_time(engine)
    batches = engine.take_figures()["batches"]
    assert batches[0] == 4 and batches[-1] == 1  # 10 ms at n = 1,000: four runs reach 40 ms


class TickingBox(FakeBox):
    """A solution process without a cgroup, on a kernel that gives CPU time only in 10 ms ticks."""

    def __init__(self, cost, **kw):
        super().__init__(cost, **kw)
        self.cgroup = None

    def cpu_seconds(self):
        return int(self.cpu / 0.01) * 0.01


def test_a_cheap_reference_in_clock_ticks_never_counts_as_costing_nothing():
    # palindrome without a cgroup: the reference's C-level scan costs microseconds, so a
    # measurement sized for the smallest n costs no tick at the largest, and the reference came
    # out "0.00 µs" - an honest linear submission was judged infinitely slower
    sub = TickingBox(lambda n, b: (2e-7 * n + 5e-6) * b)
    ref = TickingBox(lambda n, b: (1e-8 * n + 5e-6) * b)
    engine = engine_with(sub, ref)
    check_time(engine)
    figures = engine.take_figures()
    assert min(figures["reference_s"]) > 0
    assert all(b * c >= 0.05 for b, c in zip(figures["batches"], figures["reference_s"]))


def test_a_reference_below_the_resolution_is_measured_again_with_a_larger_batch():
    # with a cgroup (nanoseconds), the batch still grows where the reference got cheap
    sub, ref = FakeBox(lambda n, b: 2e-5 * b), FakeBox(lambda n, b: 1e-5 * b)  # O(1) per call
    engine = engine_with(sub, ref)
    check_time(engine)
    figures = engine.take_figures()
    assert figures["batches"][-1] == figures["batches"][0] == 256


def test_many_times_slower_than_the_reference_is_too_slow_even_if_flat():
    sub, ref = FakeBox(lambda n, b: 0.2 * b), FakeBox(lambda n, b: 1e-6 * n * b)  # padded to a constant
    with pytest.raises(TooSlow, match="times as much as the reference's"):
        check_time(engine_with(sub, ref))


def test_the_reference_failing_is_the_judges_fault_not_the_submissions():
    sub = FakeBox(lambda n, b: 1e-6 * n * b)
    ref = FakeBox(lambda n, b: 1e-6 * n * b, fail=SubmissionFailure(Verdict.TIME_LIMIT_EXCEEDED, "slow"))
    with pytest.raises(InternalError, match="the reference solution failed"):
        check_time(engine_with(sub, ref))


def test_check_answers_compares_one_large_run():
    ok = engine_with(FakeBox(lambda n, b: 0.01), FakeBox(lambda n, b: 0.01))
    ok.check_answers("w", 64_000, what="f()")
    bad = engine_with(FakeBox(lambda n, b: 0.01, answer=lambda n, s: "x"), FakeBox(lambda n, b: 0.01))
    with pytest.raises(WrongAnswer):
        bad.check_answers("w", 64_000, what="f()")


def space(engine):
    engine._check_space("w", (100_000, 8_000_000), what="f()", bound="O(1) extra space")


def test_space_counts_the_kernels_peak_beyond_the_inputs():
    space(engine_with(FakeBox(lambda n, b: 0, memory=lambda n: 50_000), FakeBox(lambda n, b: 0, memory=lambda n: 20_000)))
    with pytest.raises(TooMuchSpace, match="extra memory"):
        space(engine_with(FakeBox(lambda n, b: 0, memory=lambda n: 2 * n), FakeBox(lambda n, b: 0, memory=lambda n: 20_000)))


def test_space_measures_each_size_in_fresh_processes():
    opened = []

    def opener(path, label, core):
        box = FakeBox(lambda n, b: 0)
        opened.append(box)
        return box

    space(Engine(KATA, Path("s"), Path("r"), opener, pinned=False))
    assert len(opened) == 8 and all(box.closed for box in opened)
