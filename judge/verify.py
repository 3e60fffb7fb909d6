"""`kata verify`: a kata proves its own hidden tests. Every known submission must get
the verdict its folder names, and every test group must reject at least one of them
(a test that cannot fail is a defect)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from .model import Kata
from .verdict import FINAL_VERDICTS, Verdict


@dataclass
class VerifyReport:
    kata: str
    rows: list[tuple[Path, str, dict]] = field(default_factory=list)  # (file, expected folder, result as JSON)
    problems: list[str] = field(default_factory=list)
    # verdicts that came out right but stood near the line: a warning, never a failure
    near: list[str] = field(default_factory=list)


NEAR_BAND = 1.5  # a margin between 1/1.5 and 1.5 is near the line
MEASURED_BY = {"accepted": None, "time_limit_exceeded": "performance", "memory_limit_exceeded": "space"}


class Margin(NamedTuple):
    """How near the line one measured test stood (see stats.Finding.margin)."""

    margin: float
    test: str  # group/test
    stopped_early: bool
    source: str  # what the margin came from: growth, factor, counts or memory
    sizes: int  # how many sizes were measured

    @property
    def near(self) -> bool:
        return is_near(self.margin, self.stopped_early, self.source)


def deciding_margin(result: dict, folder: str, advice: Collection[str] = ()) -> Margin | None:
    """The measured test nearest to deciding this folder's verdict: for an accepted submission the
    largest margin over its measured tests, for a rejected one the largest in the group that gives
    its verdict. A variant's `advice` groups decide nothing (past the line, they are advice). None
    when nothing was measured."""
    if folder not in MEASURED_BY:
        return None
    wanted = MEASURED_BY[folder]
    found = []
    for group in result.get("groups", ()):
        if (wanted is not None and group.get("name") != wanted) or group.get("name") in advice:
            continue
        for test, figures in (group.get("figures") or {}).items():
            if isinstance(figures, dict) and isinstance(figures.get("margin"), (int, float)):
                found.append(Margin(float(figures["margin"]), f"{group['name']}/{test}", bool(figures.get("stopped_early")),
                                    str(figures.get("margin_from", "")), len(figures.get("sizes", ()))))
    return max(found) if found else None


def is_near(margin: float, stopped_early: bool, source: str = "") -> bool:
    """Within the band around 1, at the last size measured, from a measurement the machine's noise
    moves: a rejection before the last size would, had it passed, have gone on to the sizes where
    a worse growth shows, and counted operations are exact (only the random inputs move them, by
    far less than the band)."""
    return 1 / NEAR_BAND < margin <= NEAR_BAND and not stopped_early and source != "counts"


def verify_kata(kata: Kata, seed: int = 0, progress: Callable[[str], None] | None = None, jobs: int = 1) -> VerifyReport:
    return verify_katas([kata], seed=seed, progress=progress, jobs=jobs)[0]


def verify_katas(katas: Sequence[Kata], seed: int = 0, progress: Callable[[str], None] | None = None,
                 jobs: int = 1) -> list[VerifyReport]:
    """Judge every known submission of every kata (in `jobs` worker processes, as `kata grade`
    does: the measuring lock keeps measurements one at a time), then check each kata's verdicts."""
    from .grade.runner import Task, run_in_workers, run_inline

    valid = {v.value for v in FINAL_VERDICTS}
    reports = [VerifyReport(kata.name) for kata in katas]
    plan: list[tuple[int, str, Path]] = []
    for i, kata in enumerate(katas):
        known = kata.known_submissions()
        if not any(folder == "accepted" for folder, _ in known):
            reports[i].problems.append("no accepted submission")
        if not any(folder != "accepted" for folder, _ in known):
            reports[i].problems.append("no known-bad submission: nothing shows the hidden tests can fail")
        for folder, path in known:
            if folder not in valid:
                reports[i].problems.append(f"{path}: folder '{folder}' is not a verdict ({', '.join(sorted(valid))})")
            else:
                plan.append((i, folder, path))
    results: dict[int, dict] = {}

    def done(index: int, outcome: dict) -> None:
        i, folder, path = plan[index]
        result = outcome.get("result") or {"verdict": "internal_error", "score": 0, "duration_s": 0.0,
                                           "groups": [{"name": "judge", "verdict": "internal_error", "message": outcome.get("error", "")}]}
        results[index] = result
        if progress:
            mark = "✓" if result["verdict"] == folder else "✗"
            progress(f"  {mark} {katas[i].name}/{folder}/{path.name}: {result['verdict']} {result['score']}/100 ({result['duration_s']:.1f} s)")

    tasks = [Task(str(katas[i].path), str(path), seed, katas[i].variant.slug if katas[i].variant else None) for i, _, path in plan]
    if jobs > 1:
        run_in_workers(tasks, done, jobs=jobs)
    else:
        run_inline(tasks, done)
    rejected_by: list[dict[str, int]] = [{} for _ in katas]
    for index, (i, folder, path) in enumerate(plan):
        result = results[index]
        reports[i].rows.append((path, folder, result))
        if result["verdict"] != folder:
            failure = next((g for g in result["groups"] if g["verdict"] not in ("accepted", "skipped")), None)
            why = f" — {failure['name']}: {failure['message'].splitlines()[0] if failure['message'] else ''}" if failure else ""
            reports[i].problems.append(f"{folder}/{path.name}: expected {folder}, got {result['verdict']}{why}")
        decided = deciding_margin(result, folder, katas[i].advice) if result["verdict"] == folder else None
        if decided is not None and decided.near:
            reports[i].near.append(f"{folder}/{path.name}: {decided.test} stood at {decided.margin:.2f} of its line "
                                   "(above 1 rejects): a verdict the machine's noise could turn; measure where the "
                                   "difference shows (larger sizes, a slower input shape)")
        for g in result["groups"]:
            if g["verdict"] not in (Verdict.ACCEPTED.value, Verdict.SKIPPED.value, Verdict.INTERNAL_ERROR.value):
                rejected_by[i][g["name"]] = rejected_by[i].get(g["name"], 0) + 1
    for i, kata in enumerate(katas):
        for group, _ in kata.group_weights():
            if group in kata.advice:
                continue  # advice for a variant: it rejects nothing by design (see Variant.advice)
            if not rejected_by[i].get(group):
                reports[i].problems.append(f"group '{group}' rejects none of the known submissions; add one it must reject")
    return reports
