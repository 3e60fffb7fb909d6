"""`kata verify`: a kata proves its own hidden tests. Every known submission must get
the verdict its folder names, and every test group must reject at least one of them
(a test that cannot fail is a defect)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .judging import judge_submission
from .results import JudgeResult
from .model import Kata
from .verdict import FINAL_VERDICTS, Verdict


@dataclass
class VerifyReport:
    kata: str
    rows: list[tuple[Path, str, JudgeResult]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def verify_kata(kata: Kata, seed: int = 0, progress: Callable[[str], None] | None = None) -> VerifyReport:
    report = VerifyReport(kata.slug)
    known = kata.known_submissions()
    valid = {v.value for v in FINAL_VERDICTS}
    if not any(folder == "accepted" for folder, _ in known):
        report.problems.append("no accepted submission")
    if not any(folder != "accepted" for folder, _ in known):
        report.problems.append("no known-bad submission: nothing shows the hidden tests can fail")
    rejected_by: dict[str, int] = {}
    for folder, path in known:
        if folder not in valid:
            report.problems.append(f"{path}: folder '{folder}' is not a verdict ({', '.join(sorted(valid))})")
            continue
        result = judge_submission(kata, path, seed=seed)
        report.rows.append((path, folder, result))
        ok = result.verdict.value == folder
        if progress:
            mark = "✓" if ok else "✗"
            progress(f"  {mark} {kata.slug}/{folder}/{path.name}: {result.verdict.value} {result.score}/100 ({result.duration_s:.1f} s)")
        if not ok:
            failure = result.first_failure()
            why = f" — {failure.name}: {failure.message.splitlines()[0]}" if failure else ""
            report.problems.append(f"{folder}/{path.name}: expected {folder}, got {result.verdict.value}{why}")
        for g in result.groups:
            if g.verdict not in (Verdict.ACCEPTED, Verdict.SKIPPED, Verdict.INTERNAL_ERROR):
                rejected_by[g.name] = rejected_by.get(g.name, 0) + 1
    for group, _ in kata.group_weights():
        if not rejected_by.get(group):
            report.problems.append(f"group '{group}' rejects none of the known submissions; add one it must reject")
    return report
