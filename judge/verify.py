"""`kata verify`: a kata proves its own hidden tests. Every known submission must get
the verdict its folder names, and every test group must reject at least one of them
(a test that cannot fail is a defect)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .model import Kata
from .verdict import FINAL_VERDICTS, Verdict


@dataclass
class VerifyReport:
    kata: str
    rows: list[tuple[Path, str, dict]] = field(default_factory=list)  # (file, expected folder, result as JSON)
    problems: list[str] = field(default_factory=list)


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
        for g in result["groups"]:
            if g["verdict"] not in (Verdict.ACCEPTED.value, Verdict.SKIPPED.value, Verdict.INTERNAL_ERROR.value):
                rejected_by[i][g["name"]] = rejected_by[i].get(g["name"], 0) + 1
    for i, kata in enumerate(katas):
        for group, _ in kata.group_weights():
            if kata.variant and group in kata.variant.advice:
                continue  # advice for a variant: it rejects nothing by design (see Variant.advice)
            if not rejected_by[i].get(group):
                reports[i].problems.append(f"group '{group}' rejects none of the known submissions; add one it must reject")
    return reports
