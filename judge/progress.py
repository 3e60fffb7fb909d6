"""What the judge is doing now, for a person watching a terminal: the group being run, the size
being measured. The CLI installs a listener (a spinner on stderr) only on a terminal; otherwise
nothing listens and nothing is printed."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable

_listener: contextvars.ContextVar[Callable[[str], None] | None] = contextvars.ContextVar("kata_progress", default=None)


def say(text: str) -> None:
    listener = _listener.get()
    if listener is not None:
        listener(text)


@contextlib.contextmanager
def listening(listener: Callable[[str], None]):
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)
