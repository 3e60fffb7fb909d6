"""Measuring growth: the submission and the reference, each in a solution process
pinned to the same core, timed at the same sizes, interleaved, in the same run.

A kata's performance test only declares what to measure:

    def test_get_put_constant(engine):
        engine.check_time("get_put", sizes=(250, 16_000), what="get() and put()",
                          size_name="capacity", bound="O(1) per operation", counts=("hash", "eq"))

and its support.py defines `workload_get_put(solution, n) -> (run, ops)`, run in the
solution process: `run()` does `ops` operations on a structure of size n.
"""

from __future__ import annotations

import contextlib
import math
import time
from pathlib import Path

from ..model import Kata
from ..sandbox.layers import measuring_core
from ..testing import TooMuchSpace, TooSlow
from . import stats
from .lock import measuring_lock
from .stats import Row


def geometric(low: int, high: int, steps: int) -> list[int]:
    """`steps` sizes from low to high, evenly spaced on a log scale."""
    if steps < 2:
        return [low]
    ratio = (high / low) ** (1 / (steps - 1))
    return sorted({round(low * ratio**i) for i in range(steps)})


class Engine:
    def __init__(self, kata: Kata, submission: Path, reference: Path) -> None:
        self.kata = kata
        self.submission_path = submission
        self.reference_path = reference
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
    def _boxes(self):
        from ..judging import open_sandbox

        core = measuring_core()
        if self._ref is None or self._ref.death is not None:
            if self._ref is not None:
                self._ref.close()
            self._ref = open_sandbox(self.kata, self.reference_path, label="the reference", cpu_core=core)
        if self._sub is None or self._sub.death is not None:
            if self._sub is not None:
                self._sub.close()
            self._sub = open_sandbox(self.kata, self.submission_path, cpu_core=core)
        return self._sub, self._ref

    def _reference_call(self, op: str, payload: dict, call: str):
        from ..sandbox.process import RemoteError, SubmissionFailure

        try:
            return self._ref.request(op, payload, call=call, timeout=max(self.kata.meta.limits.call_s, 30.0))
        except (RemoteError, SubmissionFailure) as exc:
            raise RuntimeError(f"the reference solution failed while measuring: {exc}") from None

    def _timed(self, box, ident: int, call: str, timeout: float, space: bool = False) -> dict:
        """One run of a prepared workload. The time the child reports is cross-checked
        against its CPU time as the kernel counts it; a clock that lies is replaced."""
        cpu_before = box.cpu_seconds()
        started = time.monotonic()
        if box is self._ref:
            reply = self._reference_call("time", {"id": ident, "space": space}, call)
        else:
            reply = box.request("time", {"id": ident, "space": space}, call=call, timeout=timeout)
        wall = time.monotonic() - started
        cpu = box.cpu_seconds() - cpu_before
        box.expect_shape(reply, _is_measurement, call)
        reported = reply.get("seconds")
        if type(reported) is not float or not math.isfinite(reported) or reported < 0:
            reported = wall
        reported = min(reported, wall)
        if cpu > 1.5 * reported + 0.03:
            reply["tampered"] = True
            reported = cpu
        reply["seconds"] = reported
        return reply

    @contextlib.contextmanager
    def _measuring(self):
        """Hold the machine-wide measuring lock; how long we waited for it goes in the figures,
        since it is part of the judge's wall time but not of the submission's cost."""
        asked = time.monotonic()
        with measuring_lock():
            waited = time.monotonic() - asked
            try:
                yield
            finally:
                self._figures["lock_wait_s"] = round(waited, 3)

    # time --------------------------------------------------------------------------
    def check_time(self, workload: str, sizes, **options) -> None:
        """Raise TooSlow when the submission's time (or counted operations) per unit grows
        faster than the reference's between the smallest and the largest size."""
        with self._measuring():
            self._check_time(workload, sizes, **options)

    def check_space(self, workload: str, sizes, **options) -> None:
        """Raise TooMuchSpace when peak extra memory (tracemalloc) grows faster than the reference's."""
        with self._measuring():
            self._check_space(workload, sizes, **options)

    def _check_time(
        self,
        workload: str,
        sizes,
        *,
        what: str,
        bound: str,
        size_name: str = "n",
        steps: int = 7,
        counts: tuple[str, ...] = (),
        count_limits=None,
        tolerance: float = 4.0,
        repeats: int = 5,
    ) -> None:
        sizes = geometric(sizes[0], sizes[1], steps) if len(sizes) == 2 else sorted(sizes)
        sub, ref = self._boxes()
        rows: list[Row] = []
        figures = {"workload": workload, "bound": bound, "size_name": size_name, "sizes": [], "submission_s": [],
                   "reference_s": [], "submission_counts": [], "reference_counts": [], "stopped_early": False}
        self._figures = figures

        def fail(message: str) -> None:
            figures["verdict_reason"] = message
            raise TooSlow(message + self._table(figures), figures)

        for n in sizes:
            label = f"{what} at {stats.at_size(size_name, n)}"
            t0 = time.monotonic()
            ref_prep = self._reference_call("prepare", {"workload": workload, "n": n}, f"preparing {label}")
            ref_prep_s = time.monotonic() - t0
            prep_timeout = max(5.0, 40 * ref_prep_s)
            try:
                sub_prep = sub.request("prepare", {"workload": workload, "n": n}, call=f"preparing {label}", timeout=prep_timeout)
                sub.expect_shape(sub_prep, _is_prepared, f"preparing {label}")
            except Exception as exc:
                self._reference_call("release", {"id": ref_prep["id"]}, "release")
                if _timed_out(exc):
                    fail(f"setting up {label} took more than {prep_timeout:.1f} s; the reference needed {stats.fmt_s(ref_prep_s)}. Required: {bound}.")
                raise
            ops_ref, ops_sub = ref_prep["ops"], sub_prep["ops"]
            ref_times: list[float] = []
            sub_times: list[float] = []
            ref_counts = sub_counts = None
            for attempt in range(repeats):
                r = self._timed(ref, ref_prep["id"], label, 0)
                ref_times.append(r["seconds"] / ops_ref)
                if ref_counts is None:
                    ref_counts = {k: r["counts"].get(k, 0) / ops_ref for k in counts}
                budget = max(2.0, 40 * r["seconds"])
                try:
                    s = self._timed(sub, sub_prep["id"], label, budget)
                except Exception as exc:
                    if _timed_out(exc):
                        figures["stopped_early"] = True
                        fail(f"{label} ran past {budget:.1f} s in one measurement, where the reference needed "
                             f"{stats.fmt_s(r['seconds'])}. Required: {bound}.")
                    raise
                sub_times.append(s["seconds"] / ops_sub)
                if s.get("tampered"):
                    figures["clock_replaced"] = True
                if sub_counts is None:
                    sub_counts = {k: s["counts"].get(k, 0) / ops_sub for k in counts}
                if s["seconds"] > 0.5 and attempt >= 1:
                    break  # slow enough that noise is small against it; two runs suffice
            self._reference_call("release", {"id": ref_prep["id"]}, "release")
            sub.request("release", {"id": sub_prep["id"]}, call="release")
            rows.append(Row(n, min(ref_times), min(sub_times), ref_counts or {}, sub_counts or {}))
            figures["sizes"].append(n)
            figures["reference_s"].append(min(ref_times))
            figures["submission_s"].append(min(sub_times))
            figures["reference_counts"].append(ref_counts)
            figures["submission_counts"].append(sub_counts)
            if count_limits is not None:
                limit = stats.assess_count_limit(n, {k: v * ops_sub for k, v in (sub_counts or {}).items()},
                                                 count_limits(n), what=what, size_name=size_name, bound=bound)
                if limit.too_slow:
                    fail(limit.message)
            if counts:
                unit = "call" if ops_sub == 1 else "operation"
                finding = stats.assess_counts(rows, what=what, size_name=size_name, bound=bound, unit=unit)
                if finding.too_slow:
                    figures["stopped_early"] = n != sizes[-1]
                    fail(finding.message)
            finding = stats.assess_time(rows, what=what, size_name=size_name, bound=bound, tolerance=tolerance, final=n == sizes[-1])
            figures["submission_growth"] = round(finding.submission_growth, 3)
            figures["reference_growth"] = round(finding.reference_growth, 3)
            if finding.too_slow:
                figures["stopped_early"] = n != sizes[-1]
                fail(finding.message)

    # space ----------------------------------------------------------------------------
    def _check_space(self, workload: str, sizes, *, what: str, bound: str, size_name: str = "n", steps: int = 4,
                     tolerance: float = 4.0) -> None:
        sizes = geometric(sizes[0], sizes[1], steps) if len(sizes) == 2 else sorted(sizes)
        sub, ref = self._boxes()
        rows: list[Row] = []
        figures = {"workload": workload, "bound": bound, "size_name": size_name, "sizes": [], "submission_bytes": [], "reference_bytes": []}
        self._figures = figures
        for n in sizes:
            label = f"{what} at {stats.at_size(size_name, n)}"
            ref_prep = self._reference_call("prepare", {"workload": workload, "n": n}, f"preparing {label}")
            sub_prep = sub.request("prepare", {"workload": workload, "n": n}, call=f"preparing {label}", timeout=max(10.0, self.kata.meta.limits.call_s))
            sub.expect_shape(sub_prep, _is_prepared, f"preparing {label}")
            r = self._timed(ref, ref_prep["id"], label, 0, space=True)
            s = self._timed(sub, sub_prep["id"], label, max(10.0, 40 * r["seconds"]), space=True)
            self._reference_call("release", {"id": ref_prep["id"]}, "release")
            sub.request("release", {"id": sub_prep["id"]}, call="release")
            rows.append(Row(n, float(r["peak"]), float(s["peak"])))
            figures["sizes"].append(n)
            figures["reference_bytes"].append(r["peak"])
            figures["submission_bytes"].append(s["peak"])
        finding = stats.assess_space(rows, what=what, size_name=size_name, bound=bound, tolerance=tolerance)
        figures["submission_growth"] = round(finding.submission_growth, 3)
        figures["reference_growth"] = round(finding.reference_growth, 3)
        if finding.too_slow:
            raise TooMuchSpace(finding.message + self._space_table(figures), figures)

    # feedback ---------------------------------------------------------------------------
    @staticmethod
    def _table(f: dict) -> str:
        lines = [f"\n  {f['size_name']:>12}  {'yours':>12}  {'reference':>12}"]
        for i, n in enumerate(f["sizes"]):
            line = f"  {n:>12,}  {stats.fmt_s(f['submission_s'][i]):>12}  {stats.fmt_s(f['reference_s'][i]):>12}"
            sc, rc = f["submission_counts"][i], f["reference_counts"][i]
            if sc:
                line += "   counts per op: " + ", ".join(f"{k} {sc[k]:,.1f} vs {rc.get(k, 0):,.1f}" for k in sc)
            lines.append(line)
        return "\n".join(lines)

    @staticmethod
    def _space_table(f: dict) -> str:
        lines = [f"\n  {f['size_name']:>12}  {'yours':>12}  {'reference':>12}"]
        for i, n in enumerate(f["sizes"]):
            lines.append(f"  {n:>12,}  {stats.fmt_bytes(f['submission_bytes'][i]):>12}  {stats.fmt_bytes(f['reference_bytes'][i]):>12}")
        return "\n".join(lines)


def _is_prepared(reply) -> bool:
    return type(reply) is dict and type(reply["id"]) is int and type(reply["ops"]) is int and reply["ops"] > 0


def _is_measurement(reply) -> bool:
    counts = reply["counts"]
    return (
        type(reply) is dict
        and type(reply["ops"]) is int
        and type(counts) is dict
        and all(type(k) is str and type(v) is int for k, v in counts.items())
        and (reply["peak"] is None or type(reply["peak"]) is int)
    )


def _timed_out(exc: BaseException) -> bool:
    from ..sandbox.process import SubmissionFailure
    from ..verdict import Verdict

    return isinstance(exc, SubmissionFailure) and exc.verdict is Verdict.TIME_LIMIT_EXCEEDED
