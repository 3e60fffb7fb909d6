"""The closed set of verdicts and the pure functions that aggregate them."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence


class Verdict(str, enum.Enum):
    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    RUNTIME_ERROR = "runtime_error"
    TIME_LIMIT_EXCEEDED = "time_limit_exceeded"
    MEMORY_LIMIT_EXCEEDED = "memory_limit_exceeded"
    COMPILE_ERROR = "compile_error"
    RULE_VIOLATION = "rule_violation"
    INTERNAL_ERROR = "internal_error"
    # A group that was not run because an earlier stage failed. Never a final verdict.
    SKIPPED = "skipped"

    def __str__(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


FINAL_VERDICTS = tuple(v for v in Verdict if v is not Verdict.SKIPPED)


def overall_verdict(group_verdicts: Sequence[Verdict]) -> Verdict:
    """The verdict of a whole judging from its groups' verdicts, in pipeline order.

    The judge's own failure outranks everything (it is never blamed on the learner,
    and never a pass); otherwise the first group that did not pass decides, the way
    Kattis reports the first failing test case. Accepted needs at least one group
    and every group accepted.
    """
    if Verdict.INTERNAL_ERROR in group_verdicts:
        return Verdict.INTERNAL_ERROR
    for verdict in group_verdicts:
        if verdict is Verdict.SKIPPED:
            continue
        if verdict is not Verdict.ACCEPTED:
            return verdict
    if not group_verdicts or any(v is not Verdict.ACCEPTED for v in group_verdicts):
        return Verdict.INTERNAL_ERROR  # nothing ran, or only skips: no evidence of a pass
    return Verdict.ACCEPTED


def score(weighted: Iterable[tuple[int, Verdict]]) -> int:
    """0-100 from group weights: the share of weight whose group was accepted.

    Rounded down, so that only a fully accepted submission reaches 100.
    """
    pairs = list(weighted)
    total = sum(w for w, _ in pairs)
    if total <= 0:
        return 0
    earned = sum(w for w, v in pairs if v is Verdict.ACCEPTED)
    return (100 * earned) // total
