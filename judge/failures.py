"""Typed failures: every way a judging can end other than accepted, each carrying its verdict.

This module sits at the bottom of the judge's imports: the sandbox, the proxies, the
engine, the plugin and the hidden tests raise these; `judge.decide` turns them into
verdicts. The judge's own faults are `InternalError`, never blamed on the submission.
"""

from __future__ import annotations

from .verdict import Verdict


class InternalError(Exception):
    """A fault of the judge or of a kata (its tests, its support code, its reference)."""


class SubmissionFailure(Exception):
    """Something the submission did that earns a verdict other than accepted."""

    verdict: Verdict = Verdict.RUNTIME_ERROR

    def __init__(self, verdict: Verdict, message: str) -> None:
        super().__init__(message)
        self.verdict = verdict
        self.message = message


class WrongAnswer(AssertionError):
    """The submission returned something other than the contract's answer."""


class TooSlow(Exception):
    """The submission's cost grows faster than the stated complexity allows."""

    def __init__(self, message: str, figures: dict | None = None) -> None:
        super().__init__(message)
        self.figures = figures or {}


class TooMuchSpace(Exception):
    """The submission's extra memory grows faster than the stated bound allows."""

    def __init__(self, message: str, figures: dict | None = None) -> None:
        super().__init__(message)
        self.figures = figures or {}
