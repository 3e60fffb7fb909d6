"""Stopping a judge on Ctrl-C (SIGINT) or SIGTERM: at once, cleanly, and without a verdict.

KeyboardInterrupt cannot be relied on: the hidden tests run inside pytest in this very
process, and pytest turns it into a test outcome — which used to become an internal_error
verdict recorded over the learner's real status. So the long commands (`kata judge`,
`kata verify`, `kata grade` and grading's worker processes) install a handler that
closes every live solution process and worker (judge/sandbox/registry.py), reaps what
this process made but had not yet registered (judge/sandbox/reaper.py), says so in one
line, and leaves with os._exit: 130 for SIGINT, 143 for SIGTERM (128 + the signal, as a
shell reports it).
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator

from .sandbox import reaper, registry

EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}
MESSAGE = "kata: interrupted; nothing was recorded"
CLEANUP_S = 1.5  # if closing hangs (a lock held by the interrupted code), leave anyway


class Guard:
    """What the handler says; a command changes it once it has recorded something."""

    def __init__(self, message: str | None) -> None:
        self.message = message
        # The hidden tests run under pytest's fd-level capture, which points fd 2 at a temp
        # file while a group runs: the line goes to the stderr the command started with.
        self.stderr = os.dup(2) if message else None

    def say(self) -> None:
        if self.message and self.stderr is not None:
            with contextlib.suppress(OSError):
                os.write(self.stderr, (self.message + "\n").encode())

    def release(self) -> None:
        if self.stderr is not None:
            with contextlib.suppress(OSError):
                os.close(self.stderr)
            self.stderr = None

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Delay a stop until the block is done (an atomic write, then its new message)."""
        try:
            signal.pthread_sigmask(signal.SIG_BLOCK, set(EXIT_CODES))
        except (AttributeError, OSError, ValueError):
            yield
            return
        try:
            yield
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, set(EXIT_CODES))


def stop(signum: int, guard: Guard) -> None:
    """Close everything live, reap this process's own leftovers, say so and exit. Never returns."""
    code = EXIT_CODES.get(signum, 128 + signum)
    for sig in EXIT_CODES:  # a second Ctrl-C must not interrupt the cleanup
        with contextlib.suppress(OSError, ValueError):
            signal.signal(sig, signal.SIG_IGN)
    watchdog = threading.Timer(CLEANUP_S, os._exit, (code,))
    watchdog.daemon = True
    watchdog.start()
    registry.close_all()
    reaper.reap([os.getpid()])
    guard.say()
    os._exit(code)


@contextlib.contextmanager
def stop_on_signals(message: str | None = MESSAGE) -> Iterator[Guard]:
    """Within the block, SIGINT and SIGTERM stop this process as described above (message
    None: silently, as grading's workers do; their parent speaks). Outside the main thread
    (where handlers cannot be installed) the block runs unguarded."""
    if threading.current_thread() is not threading.main_thread():
        yield Guard(None)
        return
    guard = Guard(message)
    previous = {sig: signal.getsignal(sig) for sig in EXIT_CODES}
    for sig in EXIT_CODES:
        signal.signal(sig, lambda signum, frame: stop(signum, guard))
    try:
        yield guard
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        guard.release()
