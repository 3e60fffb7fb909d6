"""The live things a judge must undo if it is stopped: solution processes (Sandbox objects)
and, in `kata grade`, its worker pool and progress bar.

A stopped judge (Ctrl-C, SIGTERM) cannot rely on `finally` blocks or context managers:
the hidden tests run inside pytest in this very process, and pytest swallows
KeyboardInterrupt. So each live thing registers here when it comes to life and
unregisters when it is closed, and the signal handler (judge/interrupt.py) calls
`close_all()`, which closes the newest first and never raises.
"""

from __future__ import annotations

from typing import Protocol


class Closable(Protocol):
    def close(self) -> None: ...


_live: dict[int, Closable] = {}  # id -> object, in registration order (a dict keeps it)


def register(thing: Closable) -> None:
    _live[id(thing)] = thing


def unregister(thing: Closable) -> None:
    _live.pop(id(thing), None)


def live() -> list[Closable]:
    return list(_live.values())


def close_all() -> list[str]:
    """Close every registered thing, newest first; returns one line per failure (never raises,
    since it runs in a signal handler that must still exit)."""
    problems = []
    for thing in reversed(list(_live.values())):
        try:
            thing.close()
        except BaseException as exc:  # noqa: BLE001 — a handler that raises would leave the rest open
            problems.append(f"could not close {type(thing).__name__}: {type(exc).__name__}: {exc}")
        _live.pop(id(thing), None)
    return problems
