"""Pure decisions on measurements: does the submission's cost grow faster than the reference's?

No timing happens here; the engine measures and hands in rows. Every function is a
pure function of its numbers, so the verdict logic can be tested without a clock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

COUNT_NAMES = {"hash": "hash() calls", "eq": "== comparisons", "lt": "< comparisons"}


@dataclass(frozen=True)
class Row:
    """One size: the minimum time per unit (operation or call) of each side, and counts per unit."""

    n: int
    reference: float
    submission: float
    reference_counts: dict = field(default_factory=dict)
    submission_counts: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Finding:
    too_slow: bool
    conclusive: bool
    message: str = ""
    submission_growth: float = 1.0
    reference_growth: float = 1.0
    # How far the deciding statistic stands from its threshold, as a ratio: above 1 rejects,
    # at or below 1 passes. A verdict whose margin is near 1 is one the machine's noise could turn
    # (benchmarks/verdict_margins.py and kata verify list them); it never decides anything itself.
    margin: float = 0.0


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(y) against log(x): 0 for constant, 1 for linear, 2 for quadratic."""
    lx = [math.log(x) for x in xs]
    ly = [math.log(max(y, 1e-12)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    den = sum((x - mx) ** 2 for x in lx)
    return sum((x - mx) * (y - my) for x, y in zip(lx, ly)) / den if den else 0.0


def fmt_n(n: int) -> str:
    return f"{n:,}"


def at_size(size_name: str, n: int) -> str:
    """'capacity 64,000' for a word, 'n = 64,000' for a symbol."""
    return f"{size_name} = {n:,}" if len(size_name) <= 2 else f"{size_name} {n:,}"


def fmt_count(c: float) -> str:
    return f"{c:,.1f}" if c < 10 else f"{c:,.0f}"


def fmt_s(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.2f} µs"


def assess_time(rows: list[Row], *, what: str, size_name: str, bound: str, tolerance: float = 4.0, final: bool) -> Finding:
    """Compare growth of time from the smallest to the largest size measured so far.

    Too slow when the submission's growth exceeds the reference's by more than
    `tolerance` AND the log-log slopes differ by more than 0.3: a constant factor
    passes; a worse growth does not. The slopes are compared over all sizes and over the
    upper half, and the larger gap counts: a cost that stays flat until a fixed table fills
    and then grows (a curve that bends up late) has a diluted slope over all sizes and its
    true one at the top. Before the last size (`final=False`) it only concludes on
    overwhelming evidence (1.5 × tolerance over at least three sizes).
    """
    if len(rows) < 2:
        return Finding(False, False)
    first, last = rows[0], rows[-1]
    sub_growth = last.submission / max(first.submission, 1e-12)
    ref_growth = last.reference / max(first.reference, 1e-12)
    excess = sub_growth / max(ref_growth, 1e-12)
    slope_gap = max(_slope_gap(rows), _slope_gap(rows[len(rows) // 2:]))
    needed = tolerance if final else tolerance * 1.5
    too_slow = excess > needed and slope_gap > 0.3 and (final or len(rows) >= 3)
    # against the final threshold even before the last size: how the growth would stand if this
    # size were the last (an early stop is then a margin past 1.5, never a near miss)
    margin = min(excess / tolerance, slope_gap / 0.3) if (final or len(rows) >= 3) else 0.0
    message = ""
    if too_slow:
        message = (
            f"{what} took {sub_growth:.1f}× longer at {at_size(size_name, last.n)} than at {fmt_n(first.n)}; "
            f"the reference took {ref_growth:.1f}× longer. Required: {bound}."
        )
    return Finding(too_slow, too_slow or final, message, sub_growth, ref_growth, margin)


def _slope_gap(rows: list[Row]) -> float:
    if len(rows) < 2:
        return 0.0
    ns = [r.n for r in rows]
    return slope(ns, [r.submission for r in rows]) - slope(ns, [r.reference for r in rows])


def assess_counts(rows: list[Row], *, what: str, size_name: str, bound: str, tolerance: float = 3.0, unit: str = "operation") -> Finding:
    """Counted operations are exact, so one comparison of growth decides, whatever the machine's noise."""
    if len(rows) < 2:
        return Finding(False, False)
    first, last = rows[0], rows[-1]
    margin = 0.0
    for kind in sorted(set(first.submission_counts) | set(last.submission_counts)):
        s0, s1 = first.submission_counts.get(kind, 0.0), last.submission_counts.get(kind, 0.0)
        r0, r1 = first.reference_counts.get(kind, 0.0), last.reference_counts.get(kind, 0.0)
        sub_growth = (s1 + 1) / (s0 + 1)
        ref_growth = (r1 + 1) / (r0 + 1)
        margin = max(margin, min(sub_growth / (tolerance * ref_growth), s1 / (2 * r1 + 4)))
        if sub_growth > tolerance * ref_growth and s1 > 2 * r1 + 4:
            label = COUNT_NAMES.get(kind, kind)
            return Finding(
                True,
                True,
                f"{what} made {fmt_count(s1)} {label} per {unit} at {at_size(size_name, last.n)} and {fmt_count(s0)} at "
                f"{fmt_n(first.n)}; the reference made {fmt_count(r1)} and {fmt_count(r0)}. Required: {bound}.",
                sub_growth,
                ref_growth,
                margin,
            )
    return Finding(False, True, margin=margin)


def assess_count_limit(n: int, counts: dict, limits: dict, *, what: str, size_name: str, bound: str) -> Finding:
    """An absolute ceiling on counted operations at size n (for instance heapify: at most about 2n comparisons)."""
    margin = max((counts.get(kind, 0.0) / max(ceiling, 1e-12) for kind, ceiling in limits.items()), default=0.0)
    for kind, ceiling in sorted(limits.items()):
        used = counts.get(kind, 0.0)
        if used > ceiling:
            label = COUNT_NAMES.get(kind, kind)
            return Finding(
                True,
                True,
                f"{what} used {used:,.0f} {label} for {size_name} = {fmt_n(n)}; {bound} needs at most about {ceiling:,.0f}.",
                margin=margin,
            )
    return Finding(False, True, margin=margin)


def assess_factor(row: Row, cap: float, *, what: str, size_name: str, bound: str) -> Finding:
    """Slower than the reference by more than `cap` at one size: no growth argument can excuse it
    (a submission that burns time at small sizes to flatten its growth is caught here)."""
    factor = row.submission / max(row.reference, 1e-12)
    if row.submission <= cap * max(row.reference, 1e-12):
        return Finding(False, True, margin=factor / cap)
    return Finding(
        True,
        True,
        f"{what} cost {factor:,.0f} times as much as the reference's at {at_size(size_name, row.n)} "
        f"({fmt_s(row.submission)} against {fmt_s(row.reference)}); a constant factor of up to {cap:g} is allowed. "
        f"Required: {bound}.",
        margin=factor / cap,
    )


def assess_space(rows: list[Row], *, what: str, size_name: str, bound: str, tolerance: float = 4.0,
                 floor: float = 4096.0, inputs: float = 0.0, inputs_first: float = 0.0,
                 excess_floor: float = float(1 << 20), copy_allowed: bool = False) -> Finding:
    """Peak extra memory (bytes) against the reference's: too much when it grows faster (beyond
    `tolerance`), or when at the largest size it exceeds the reference's by more than half of
    what the inputs themselves take (memory set aside in advance to hide a copy shows there).

    `copy_allowed` is for a bound linear in the inputs (O(n) space): memory may then grow as fast
    as the inputs do (`inputs_first` to `inputs`), and exceed the reference's by up to two copies
    of them (a forked worker's copy-on-write pages hold one) before it counts as set aside."""
    if len(rows) < 2:
        return Finding(False, False)
    first, last = rows[0], rows[-1]
    sub_growth = (last.submission + floor) / (first.submission + floor)
    ref_growth = (last.reference + floor) / (first.reference + floor)
    allowed_growth = ref_growth
    if copy_allowed:
        allowed_growth = max(ref_growth, (inputs + floor) / (inputs_first + floor))
    grows = sub_growth > tolerance * allowed_growth and last.submission > 2 * last.reference + floor
    excess = last.submission - last.reference
    set_aside = 2 * inputs if copy_allowed else inputs / 2
    hoards = excess > max(set_aside, excess_floor) and last.submission > 2 * last.reference + floor
    above_reference = last.submission / max(2 * last.reference + floor, 1e-12)
    margin = min(max(sub_growth / (tolerance * allowed_growth), excess / max(set_aside, excess_floor, 1e-12)), above_reference)
    message = ""
    if grows or hoards:
        message = (
            f"{what} used {fmt_bytes(last.submission)} of extra memory at {at_size(size_name, last.n)} and "
            f"{fmt_bytes(first.submission)} at {fmt_n(first.n)}; the reference used {fmt_bytes(last.reference)} and "
            f"{fmt_bytes(first.reference)}"
        )
        if grows and copy_allowed and allowed_growth > ref_growth:
            message += f"; the inputs took {fmt_bytes(inputs)} and {fmt_bytes(inputs_first)}, and memory may grow only as they do"
        elif hoards and not grows:
            message += f", and the inputs themselves take {fmt_bytes(inputs)}"
            if copy_allowed:
                message += " (the bound allows about a copy of them, not more)"
        message += f". Required: {bound}."
    return Finding(grows or hoards, True, message, sub_growth, ref_growth, margin)


def fmt_bytes(b: float) -> str:
    if b >= 1 << 20:
        return f"{b / (1 << 20):.1f} MiB"
    if b >= 1 << 10:
        return f"{b / (1 << 10):.1f} KiB"
    return f"{b:.0f} B"
