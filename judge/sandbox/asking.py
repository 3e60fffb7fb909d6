"""What a hidden test is asking, in the learner's words, for the calls it makes meanwhile.

A test that reaches the submission through a helper of its kata's support code would otherwise
be reported by the helper's name ("sort_large('merge_sort', 200000, 2024) did not finish");
inside `asking("merge_sort on 200,000 random integers", if_slow="…")` every call is named by
what was asked, and a timeout adds the hint."""

from __future__ import annotations

import contextlib
import contextvars
from dataclasses import dataclass


@dataclass(frozen=True)
class Asked:
    text: str
    if_slow: str | None = None


_asked: contextvars.ContextVar[Asked | None] = contextvars.ContextVar("kata_asked", default=None)


def current() -> Asked | None:
    return _asked.get()


@contextlib.contextmanager
def asking(text: str, *, if_slow: str | None = None):
    token = _asked.set(Asked(text, if_slow))
    try:
        yield
    finally:
        _asked.reset(token)
