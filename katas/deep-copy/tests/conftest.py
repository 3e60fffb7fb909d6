"""How both test files turn a report from support.py into a verdict, offered as the
`verdict_of` fixture: verdict_of(report, call) raises a wrong answer for the first problem,
a runtime error for an exception (a cycle hint for a RecursionError), or returns."""

import pytest

from judge.testing import RemoteError, WrongAnswer

CYCLE_HINT = (
    "the input contains a cycle, and copying it without remembering what was already copied "
    "goes round it forever: put each container's copy in a dict keyed by id() of the original "
    "before copying its items, and reuse it when you meet the container again"
)
DEPTH_HINT = (
    "500 levels of nesting must work, and the judge allows 4,000 frames; use fewer frames per "
    "level, or a loop with an explicit stack"
)


def judge_report(report: dict, call: str, cyclic: bool = True) -> None:
    if "raised" in report:
        info = dict(report["raised"])
        if info.get("recursion"):
            info["message"] = f"{info['message']}: {CYCLE_HINT if cyclic else DEPTH_HINT}"
            info["recursion"] = False  # the hint above replaces the judge's generic one
        raise RemoteError(info, call)
    if report["problems"]:
        raise WrongAnswer(f"{call}: {report['problems'][0]}")


@pytest.fixture
def verdict_of():
    return judge_report
