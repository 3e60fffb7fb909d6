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


class DeadlinePassed(SubmissionFailure):
    """The whole judging ran past the kata's `judging_s`: a failure of its own type, so that a
    caller that turns timeouts into its own message (the engine) can still be told why."""


class RemoteError(Exception):
    """The submission raised an exception during a call."""

    def __init__(self, info: dict, call: str) -> None:
        self.type_name = str(info.get("type", "Exception"))
        self.mro = [str(m) for m in info.get("mro", [])] or [self.type_name]
        self.detail = str(info.get("message", ""))
        self.where = str(info.get("traceback", ""))
        self.recursion = bool(info.get("recursion"))
        # the token of the exception a Callback raised in the submission, if that very object came back
        self.token = info.get("token") if type(info.get("token")) is str else None
        self.call = call
        super().__init__(self.describe())

    def is_a(self, name: str) -> bool:
        return name in self.mro

    def describe(self) -> str:
        text = f"{self.call} raised {self.type_name}"
        if self.detail:
            text += f": {self.detail}"
        if self.where:
            text += f"\n{self.where}"
        return text


def kata_verdict(e: BaseException) -> tuple[Verdict, str] | None:
    """The verdict a failure raised by a kata's own code carries (a hidden test, or a Callback's
    function): TooSlow, TooMuchSpace, or an assertion such as WrongAnswer; None for anything else."""
    if isinstance(e, TooSlow):
        return Verdict.TIME_LIMIT_EXCEEDED, str(e)
    if isinstance(e, TooMuchSpace):
        return Verdict.MEMORY_LIMIT_EXCEEDED, str(e)
    if isinstance(e, AssertionError):
        return Verdict.WRONG_ANSWER, str(e).split("\nassert ")[0].strip() or "a hidden check failed"
    return None
