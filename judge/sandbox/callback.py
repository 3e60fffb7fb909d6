"""Functions of the judge's that a submission calls: the witness for what happens between them.

A kata passes `Callback(fn, name="is_bad")` as an argument; the submission gets a callable
(kata_harness.JudgeFunction) whose every call is a request back to the judge's process, where
`fn` runs on the decoded arguments and the call is counted. What the submission could forge in
its own process — a call count, a predicate's secret threshold, which arguments it passed — is
held here instead.
"""

from __future__ import annotations

import itertools
import secrets

from ..failures import InternalError, SubmissionFailure, kata_verdict
from .child import kata_protocol as protocol
from .child.kata_protocol import FunctionRef, Handle, ProtocolError

_ids = itertools.count(1)


class RaiseInSubmission(Exception):
    """Raised by a Callback's function: the submission's call raises a fresh `type_name`
    (a class of the kata's support.py, or a builtin Exception subclass) with `message`.
    If that very object propagates out of the submission, the RemoteError the test sees
    carries `token` (a copy, or another exception, does not)."""

    def __init__(self, type_name: str, message: str = "") -> None:
        super().__init__(f"{type_name}: {message}")
        self.type_name = type_name
        self.message = message
        self.token = secrets.token_hex(8)


class Callback:
    """A function the submission may call while a call into it runs; `calls` counts the calls."""

    def __init__(self, fn, name: str | None = None) -> None:
        self.fn = fn
        self.name = name or getattr(fn, "__name__", "callback")
        self.id = next(_ids)
        self.calls = 0

    def invoke(self, args: list, kwargs: dict):
        self.calls += 1
        return self.fn(*args, **kwargs)

    def __repr__(self) -> str:
        return self.name  # as the submission's call reads in a transcript: first_bad(100, is_bad)


class ForgedCall(Exception):
    """A message on the call path that is not a call of a function this child was given."""


class Callbacks:
    """One solution process's view of the judge's functions: those it was given (it can call
    only these), and the judge's side of each call."""

    def __init__(self) -> None:
        self.given: dict[int, Callback] = {}

    def wire(self, value):
        """What may cross to the child besides plain data: handles to its own objects, and
        Callbacks (remembered, so the child can call only those it was given)."""
        if isinstance(value, Handle):
            return value
        if isinstance(value, Callback):
            self.given[value.id] = value
            return FunctionRef(value.id, value.name)
        raise TypeError(f"{type(value).__name__} is not plain data")

    def answer(self, message: dict, rid: int, call: str) -> bytes:
        """Run one call in the judge's process and frame the answer for the child. An exception
        the function raises other than RaiseInSubmission (a verdict of the kata's) propagates."""
        fid, args, kwargs = message.get("_cb"), message.get("args"), message.get("kwargs")
        callback = self.given.get(fid) if type(fid) is int else None
        if not (message.get("_rid") == rid and callback is not None and type(args) is list and type(kwargs) is list
                and all(type(p) is list and len(p) == 2 and type(p[0]) is str for p in kwargs)):
            raise ForgedCall()
        try:
            try:
                answer = {"_cb_ok": protocol.encode(callback.invoke(args, dict(kwargs)), self.wire)}
            except RaiseInSubmission as exc:
                answer = {"_cb_raise": [exc.type_name, exc.message, exc.token]}
            return protocol.dumps({"_rid": rid, **answer})
        except (ProtocolError, TypeError, ValueError) as exc:
            raise InternalError(f"the judge's {callback.name} returned a value that cannot be sent during {call}: {exc}") from None


def death_for(exc: BaseException) -> SubmissionFailure | None:
    """The solution process's death when a Callback's function ended the call with a verdict of
    the kata's (TooSlow after too many calls, WrongAnswer on a call out of range): that verdict
    and message, not a timeout's, for every later call too. None for any other exception: a
    bug in the kata's function, the judge's fault and not a verdict."""
    found = kata_verdict(exc)
    return None if found is None else SubmissionFailure(*found)
