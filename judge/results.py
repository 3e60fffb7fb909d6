"""What a judging produced: frozen data that reporting and grading read without importing the
pipeline (pytest, the sandbox), and the one summary both show a learner."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .verdict import Verdict

MEASURED = ("performance", "space")


@dataclass(frozen=True)
class GroupResult:
    name: str
    weight: int
    verdict: Verdict
    message: str = ""
    tests_run: int = 0
    tests_passed: int = 0
    duration_s: float = 0.0
    figures: dict = field(default_factory=dict)
    # a bound LeetCode's problem does not state, broken: said with the accepted verdict, not held
    # against it (a variant judged without --strict)
    advice: str = ""
    # the verdict came from a measurement against the reference (a growth, a cost), not from the
    # process dying at a limit: only such a verdict can become a variant's advice
    measured: bool = False


@dataclass(frozen=True)
class JudgeResult:
    kata: str
    submission: str
    sha256: str
    verdict: Verdict
    score: int
    groups: tuple[GroupResult, ...]
    seed: int
    judge_version: str
    duration_s: float
    output: str = ""
    leetcode: int | None = None  # judged as this LeetCode problem's statement (a variant of the kata)

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED

    def first_failure(self) -> GroupResult | None:
        return next((g for g in self.groups if g.verdict not in (Verdict.ACCEPTED, Verdict.SKIPPED)), None)

    def summary(self) -> str:
        return summary(self.to_json())

    def to_json(self) -> dict:
        data = asdict(self)
        data["verdict"] = self.verdict.value
        for g in data["groups"]:
            g["verdict"] = g["verdict"].value
        return data


def summary(result: dict) -> str:
    """One line for the learner from a result's JSON form (a cache entry has only that): the
    first group that did not pass, or what an accepted judging proved."""
    for group in result.get("groups", []):
        if group["verdict"] not in ("accepted", "skipped"):
            return f"{group['name']}: {group['message']}"
    if result.get("verdict") != "accepted":
        return f"verdict {result.get('verdict')}"
    groups = result.get("groups", [])
    measured = [g["name"] for g in groups if g["name"] in MEASURED and g["verdict"] == "accepted" and not g.get("advice")]
    advice = [g["name"] for g in groups if g.get("advice")]
    if advice:
        held = f"; {' and '.join(measured)} measured and held" if measured else ""
        return f"All hidden tests passed{held}; {' and '.join(advice)} is advice (LeetCode states no such bound)."
    if not measured:
        return "All hidden tests passed."
    return "All hidden tests passed, and the stated complexity holds (" + " and ".join(measured) + " measured)."
