"""Measuring growth: the submission and the reference, each in its own solution process on
the same core, on the same fresh inputs, in the same run.

A kata's performance test only declares what to measure:

    def test_get_put_constant(engine):
        engine.check_time("get_put", sizes=(1_000, 64_000), what="get() and put()",
                          size_name="capacity", bound="O(1) per operation", per=lambda n: 3 * n)

and its support.py defines `workload_get_put(solution, n, rng)`, run in the solution process:
it builds inputs of size n from `rng` (seeded by the judge per measurement, so unknowable
before it starts), calls the submission, and returns every answer. What the judge trusts:

- time is the CPU time the kernel counts for the process's cgroup over the whole request
  (inputs, calls, answers, every thread and child), never the child's clock;
- memory is the cgroup's peak, in a fresh process per measurement, never tracemalloc;
- answers are compared with the reference's by digest: a fast wrong answer is wrong_answer;
- each repeat draws new inputs, so an answer remembered from an earlier repeat is useless;
- counted operations (kata_probes) come from the child, so they can only add a rejection.
"""

from __future__ import annotations

import contextlib
import math
import secrets
import time
from pathlib import Path

from ..failures import InternalError, SubmissionFailure, TooMuchSpace, TooSlow, WrongAnswer
from ..model import Kata
from ..sandbox.layers import measuring_core
from ..verdict import Verdict
from . import feedback, stats
from .lock import measuring_lock
from .stats import Row
from .witness import Witness
from .. import progress

REPEATS = 3  # measurements per size and side, each on fresh inputs; the cheapest counts
TARGET_CPU_S = 0.04  # batches are calibrated so that one measurement of the reference costs this much CPU
TARGET_CPU_TICKS_S = 0.3  # the same where the kernel gives CPU time only in 10 ms ticks
MAX_BATCH = 256
MAX_BATCH_TICKS = 4096  # in ticks a cheap call needs more repeats to cost a few ticks
RESOLVED_SHARE = 0.25  # a reference measurement below this share of the target is redone with a larger batch
ENOUGH_CPU_S = 0.1  # a measurement this long is far above the noise of a kernel CPU count: fewer repeats suffice
BUDGET_FACTOR = 100  # one measurement of the submission may take this many times the reference's wall time…
MIN_BUDGET_S = 1.0  # …but never less than this
CONSTANT_FACTOR_CAP = 50  # slower than the reference by more than this at any size is too slow, whatever the growth
# (the wall-clock budget is twice the CPU cap: a submission within the cap whose wall time a loaded
# machine stretched must reach the CPU decision, never be stopped by the clock first)
REFERENCE_TIMEOUT_S = 60.0  # the reference is trusted; past this the kata is at fault
TOP_COST_S = 0.15  # with `max_size`, the largest size grows until one reference run costs this much CPU
SPACE_EXCESS_FLOOR = 1 << 20  # memory the submission may hold beyond the reference whatever the size
SPACE_NOISE_BYTES = 1 << 20  # the kernel's memory count moves in per-CPU batches of 256-512 KiB

REFERENCE_LABEL = "the reference"  # how the reference's processes are named to the opener (and in messages)


def geometric(low: int, high: int, steps: int) -> list[int]:
    """`steps` sizes from low to high, evenly spaced on a log scale."""
    if steps < 2:
        return [low]
    ratio = (high / low) ** (1 / (steps - 1))
    return sorted({round(low * ratio**i) for i in range(steps)})


def draw_seed() -> int:
    """A seed the submission cannot know before the measurement starts."""
    return secrets.randbits(62)


class Engine:
    """One judging's measurements. `open_box(path, label, core)` starts an imported solution
    process (the judge's `open_sandbox`); the engine never decides how processes are made."""

    def __init__(self, kata: Kata, submission: Path, reference: Path, open_box, pinned: bool = True) -> None:
        self.kata = kata
        self.submission_path = submission
        self.reference_path = reference
        self._open = open_box
        self._core = measuring_core() if pinned else None
        self._sub = None
        self._ref = None
        self._figures: dict = {}

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for box in (self._sub, self._ref):
            if box is not None:
                box.close()
        self._sub = self._ref = None

    def take_figures(self) -> dict:
        figures, self._figures = self._figures, {}
        return figures

    # processes -------------------------------------------------------------------
    def _reference_box(self):
        try:
            return self._open(self.reference_path, REFERENCE_LABEL, self._core)
        except Exception as exc:
            raise InternalError(f"the reference solution could not be started: {exc}") from None

    def _boxes(self):
        if self._ref is None or self._ref.death is not None:
            if self._ref is not None:
                self._ref.close()
            self._ref = self._reference_box()
        if self._sub is None or self._sub.death is not None:
            if self._sub is not None:
                self._sub.close()
            self._sub = self._open(self.submission_path, "your code", self._core)
        return self._sub, self._ref

    def _ask(self, box, op: str, payload: dict, call: str, timeout: float, *, reference: bool):
        """One request; the reference's failures are the kata's fault, the submission's are its own."""
        if not reference:
            return box.request(op, payload, call=call, timeout=timeout)
        try:
            return box.request(op, payload, call=call, timeout=REFERENCE_TIMEOUT_S)
        except Exception as exc:
            raise InternalError(f"the reference solution failed during {call}: {exc}") from None

    def _measure(self, box, payload: dict, call: str, timeout: float, *, reference: bool) -> tuple[float, float, dict]:
        """CPU seconds (the kernel's count for the whole request), wall seconds, and the checked reply."""
        witness = Witness(box)
        cpu = witness.cpu_seconds()
        wall = time.monotonic()
        reply = self._ask(box, "measure", payload, call, timeout, reference=reference)
        wall = time.monotonic() - wall
        cpu = witness.cpu_seconds() - cpu
        self._checked(box, reply, call, reference=reference)
        if cpu <= 0 and witness.cpu_precise:  # a request always runs code: the count is stuck
            raise InternalError(f"the kernel's CPU count for {getattr(box, 'label', 'a solution process')} did not advance during {call} "
                                f"({cpu:+.9f} s over {wall:.6f} s of wall time); no time was decided from it")
        return max(cpu, 0.0), wall, reply

    @staticmethod
    def _checked(box, reply, call: str, *, reference: bool) -> None:
        """A measurement's reply must have the harness's shape: from the submission's process,
        anything else is tampering (runtime_error); from the reference's, the kata is at fault."""
        try:
            box.expect_shape(reply, _is_measurement, call)
        except SubmissionFailure as exc:
            if reference:
                raise InternalError(f"the reference's reply to {call} is malformed: {exc}") from None
            raise

    @contextlib.contextmanager
    def _measuring(self):
        """Hold the machine-wide measuring lock; the wait goes in the figures, since it is part
        of the judge's wall time but not of the submission's cost."""
        asked = time.monotonic()
        with measuring_lock():
            waited = time.monotonic() - asked
            try:
                yield
            finally:
                self._figures["lock_wait_s"] = round(waited, 3)

    # answers -------------------------------------------------------------------------
    def check_answers(self, workload: str, n: int, *, what: str, size_name: str = "n") -> None:
        """One run of a workload at size n on both sides, on the same fresh inputs: the
        answers must be the reference's (for a correctness group: a large input, checked)."""
        sub, ref = self._boxes()
        label = f"{what} at {stats.at_size(size_name, n)}"
        payload = {"workload": workload, "n": n, "seed": draw_seed(), "batch": 1}
        _, wall, expected = self._measure(ref, payload, label, 0, reference=True)
        budget = min(self.kata.meta.limits.call_s, max(MIN_BUDGET_S, BUDGET_FACTOR * wall))
        _, _, got = self._measure(sub, payload, label, budget, reference=False)
        self._same_answers(got, expected, label, payload["seed"])

    @staticmethod
    def _same_answers(got: dict, expected: dict, label: str, seed: int) -> None:
        if got["digest"] != expected["digest"]:
            raise WrongAnswer(
                f"{label}, your code returned a different result from the reference on the same inputs "
                f"(random inputs drawn from seed {seed}); a fast path that is wrong on large inputs is still wrong"
            )

    # time --------------------------------------------------------------------------
    def check_time(self, workload: str, sizes, **options) -> None:
        """Raise TooSlow when the submission's cost per unit grows faster than the reference's,
        WrongAnswer when an answer given while measuring differs from the reference's."""
        with self._measuring():
            self._check_time(workload, sizes, **options)

    def _check_time(self, workload: str, sizes, *, what: str, bound: str, size_name: str = "n", steps: int = 5,
                    counts: tuple[str, ...] = (), count_limits=None, tolerance: float = 4.0,
                    per=None, max_size: int | None = None) -> None:
        sizes = geometric(sizes[0], sizes[1], steps) if len(sizes) == 2 else sorted(sizes)
        sub, ref = self._boxes()
        rows: list[Row] = []
        figures = feedback.time_figures(workload, bound, size_name)
        self._figures = figures
        # No time below what the kernel's count can resolve reaches a decision: a reference that
        # cost "nothing" would make any submission infinitely slower. Each side's figure is at
        # least one resolution step, and a batch is made larger until the reference's costs many.
        resolution = max(Witness(ref).cpu_resolution, Witness(sub).cpu_resolution)
        target, cap = (TARGET_CPU_S, MAX_BATCH) if resolution < 1e-3 else (TARGET_CPU_TICKS_S, MAX_BATCH_TICKS)
        unit_name = "operation" if per is not None else "call"

        def fail(message: str) -> None:
            figures["verdict_reason"] = message
            raise TooSlow(message + feedback.time_table(figures), figures)

        margins = {"factor": 0.0, "counts": 0.0, "growth": 0.0}

        def note(kind: str, margin: float, *, latest: bool = False) -> None:
            """How near the line this test came (figures only: benchmarks list the near misses)."""
            margins[kind] = margin if latest else max(margins[kind], margin)
            figures["margin_from"], figures["margin"] = max(((k, round(v, 3)) for k, v in margins.items()),
                                                           key=lambda item: item[1])

        batch = previous_n = None
        index = 0
        while index < len(sizes):
            n = sizes[index]
            label = f"{what} at {stats.at_size(size_name, n)}"
            progress.say(f"measuring {label}")
            units = (per(n) if per is not None else 1)
            if batch is None:  # calibrate once, at the smallest size, on the reference
                cpu, _, _ = self._measure(ref, {"workload": workload, "n": n, "seed": draw_seed(), "batch": 1}, label, 0, reference=True)
                size_batch = max(1, min(cap, math.ceil(target / max(cpu, resolution))))
            else:  # the same work per measurement as at the size before, if the cost were linear
                size_batch = max(1, math.ceil(batch * previous_n / n))
            ref_costs, sub_costs, ref_counts, sub_counts = [], [], None, None
            attempt = enlarged = 0
            while attempt < REPEATS:
                payload = {"workload": workload, "n": n, "seed": draw_seed(), "batch": size_batch}
                r_cpu, r_wall, expected = self._measure(ref, payload, label, 0, reference=True)
                if r_cpu < RESOLVED_SHARE * target and size_batch < cap and enlarged < 3:
                    size_batch = min(cap, math.ceil(size_batch * target / max(r_cpu, resolution)))
                    enlarged += 1
                    continue  # too cheap to tell apart from the count's noise: the same size, a larger batch
                r_cpu = max(r_cpu, resolution)
                budget = max(MIN_BUDGET_S, BUDGET_FACTOR * r_wall)
                try:
                    s_cpu, _, got = self._measure(sub, payload, label, budget, reference=False)
                except SubmissionFailure as exc:
                    if exc.verdict is Verdict.TIME_LIMIT_EXCEEDED:
                        figures["stopped_early"] = True
                        note("factor", budget / (CONSTANT_FACTOR_CAP * max(r_wall, 1e-12)))  # at least this, in wall time
                        fail(f"{label} ran past {budget:.1f} s in one measurement, where the reference needed "
                             f"{stats.fmt_s(r_wall)}. Required: {bound}.")
                    raise
                self._same_answers(got, expected, label, payload["seed"])
                s_cpu = max(s_cpu, resolution)
                scale = units * size_batch
                ref_costs.append(r_cpu / scale)
                sub_costs.append(s_cpu / scale)
                ref_counts = ref_counts or {k: expected["counts"].get(k, 0) / scale for k in counts}
                sub_counts = sub_counts or {k: got["counts"].get(k, 0) / scale for k in counts}
                if min(r_cpu, s_cpu) > ENOUGH_CPU_S or (attempt >= 1 and s_cpu > ENOUGH_CPU_S):
                    break  # far above the noise: the cheapest of what we have is the cost
                attempt += 1
            batch, previous_n = size_batch, n
            row = Row(n, min(ref_costs), min(sub_costs), ref_counts or {}, sub_counts or {})
            rows.append(row)
            feedback.add_time_row(figures, row, size_batch)
            # Every decision is assessed (and its margin noted) before the first that rejects is
            # said: a near miss of one check must not hide another's clear rejection.
            final = index == len(sizes) - 1
            if final and max_size and n < max_size and row.reference * units < TOP_COST_S:
                sizes.append(min(max_size, n * 2))  # the reference is still cheap here: a linear term could hide
                final = False
            findings = [stats.assess_factor(row, CONSTANT_FACTOR_CAP, what=what, size_name=size_name, bound=bound)]
            note("factor", findings[-1].margin)
            if count_limits is not None:
                totals = {k: v * units for k, v in (sub_counts or {}).items()}
                findings.append(stats.assess_count_limit(n, totals, count_limits(n), what=what, size_name=size_name, bound=bound))
                note("counts", findings[-1].margin)
            if counts:
                findings.append(stats.assess_counts(rows, what=what, size_name=size_name, bound=bound, unit=unit_name))
                note("counts", findings[-1].margin)
            growth = stats.assess_time(rows, what=what, size_name=size_name, bound=bound, tolerance=tolerance, final=final)
            findings.append(growth)
            figures["submission_growth"] = round(growth.submission_growth, 3)
            figures["reference_growth"] = round(growth.reference_growth, 3)
            note("growth", growth.margin, latest=True)
            for finding in findings:
                if finding.too_slow:
                    figures["stopped_early"] = not final  # the sizes after this one were never measured
                    fail(finding.message)
            index += 1

    # space ----------------------------------------------------------------------------
    def check_space(self, workload: str, sizes, **options) -> None:
        """Raise TooMuchSpace when the submission's extra memory (the kernel's peak, in a fresh
        process per measurement) grows faster than the reference's, or exceeds it by more than
        half of what the inputs themselves take at the largest size. `copy_allowed=True` is for
        an O(n) space bound: memory may grow as the inputs do, and hold up to two copies of them."""
        with self._measuring():
            self._check_space(workload, sizes, **options)

    def _space_sample(self, path: Path, label: str, payload: dict, call: str, *, reference: bool, timeout: float):
        """(memory after import, memory the inputs added, peak during the calls, wall seconds) in a fresh process."""
        box = self._reference_box() if reference else self._open(path, label, self._core)
        try:
            witness = Witness(box)
            base = witness.memory_now()
            self._ask(box, "build", payload, f"building the inputs of {call}", timeout, reference=reference)
            built = witness.memory_now()
            # The peak starts again here, so a transient while building (a list joined into the
            # input) cannot hide a copy made during the calls; whatever the process still holds
            # (memory set aside at import or while building) is in the usage the peak starts from.
            witness.reset_peak()
            started = time.monotonic()
            reply = self._ask(box, "run", {}, call, timeout, reference=reference)
            wall = time.monotonic() - started
            self._checked(box, reply, call, reference=reference)
            peak = max(witness.memory_peak(), witness.memory_now(), built)
            return base, built - base, peak, wall, reply
        finally:
            box.close()

    def _check_space(self, workload: str, sizes, *, what: str, bound: str, size_name: str = "n", steps: int = 4,
                     tolerance: float = 4.0, copy_allowed: bool = False) -> None:
        sizes = geometric(sizes[0], sizes[1], steps) if len(sizes) == 2 else sorted(sizes)
        rows: list[Row] = []
        figures = feedback.space_figures(workload, bound, size_name)
        self._figures = figures
        for n in sizes:
            label = f"{what} at {stats.at_size(size_name, n)}"
            progress.say(f"measuring {label}")
            payload = {"workload": workload, "n": n, "seed": draw_seed()}
            r_base, r_inputs, r_peak, r_wall, expected = self._space_sample(
                self.reference_path, REFERENCE_LABEL, payload, label, reference=True, timeout=REFERENCE_TIMEOUT_S)
            budget = max(MIN_BUDGET_S * 5, BUDGET_FACTOR * r_wall)
            _, _, s_peak, _, got = self._space_sample(
                self.submission_path, "your code", payload, label, reference=False, timeout=budget)
            self._same_answers(got, expected, label, payload["seed"])
            # Extra memory above the reference's own process with the same inputs built: what the
            # submission held at import or while building counts too, wherever it hid it.
            ref_extra = max(0, r_peak - r_base - r_inputs)
            sub_extra = max(0, s_peak - r_base - r_inputs)
            rows.append(Row(n, float(ref_extra), float(sub_extra)))
            feedback.add_space_row(figures, n, sub_extra, ref_extra, r_inputs)
        finding = stats.assess_space(rows, what=what, size_name=size_name, bound=bound, tolerance=tolerance,
                                     inputs=float(figures["input_bytes"][-1]),
                                     inputs_first=float(figures["input_bytes"][0]), excess_floor=SPACE_EXCESS_FLOOR,
                                     floor=SPACE_NOISE_BYTES, copy_allowed=copy_allowed)
        figures["submission_growth"] = round(finding.submission_growth, 3)
        figures["reference_growth"] = round(finding.reference_growth, 3)
        figures["margin"], figures["margin_from"] = round(finding.margin, 3), "memory"
        if finding.too_slow:
            raise TooMuchSpace(finding.message + feedback.space_table(figures), figures)


def _is_measurement(reply) -> bool:
    counts = reply["counts"]
    digest = reply["digest"]
    return (
        type(reply) is dict
        and type(digest) is str and len(digest) == 64
        and type(counts) is dict and len(counts) <= 16
        and all(type(k) is str and type(v) is int and 0 <= v < 1 << 62 for k, v in counts.items())
    )
