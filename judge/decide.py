"""Where verdicts are decided: every failure carries its verdict, and this module reads it.

The sandbox, the proxies, the engine and the hidden tests raise typed failures
(judge.failures, and RemoteError for an exception the submission raised); nothing else
chooses a verdict. The judge's own fault (InternalError) is looked for first, anywhere in
the chain of causes, so a failure of the reference or of a kata is never blamed on the
submission; then the deadline of the whole judging, which is the reason whatever a caller
made of its own timeout; then the first typed failure.
"""

from __future__ import annotations

import time

from .failures import InternalError, SubmissionFailure, kata_verdict
from .sandbox.process import DeadlinePassed, RemoteError
from .verdict import Verdict


def causes(exc: BaseException):
    """The exception, its group members, causes and contexts, each once, nearest first."""
    seen: set[int] = set()
    stack = [exc]
    while stack:
        e = stack.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        stack.extend(getattr(e, "exceptions", ()) or ())
        stack.append(e.__cause__)
        stack.append(e.__context__)


def failure_verdict(exc: BaseException, sandbox=None, death: SubmissionFailure | None = None) -> tuple[Verdict, str]:
    """The verdict a failed hidden test earns, with the learner's message. `sandbox` is the
    submission's solution process (its death, once dead, is the reason for what followed)."""
    chain = list(causes(exc))
    for e in chain:
        if isinstance(e, InternalError):
            return Verdict.INTERNAL_ERROR, f"the judge failed on its own: {e}"
    death = death if death is not None else getattr(sandbox, "death", None)
    if death is not None:
        return death.verdict, death.message
    for e in chain:
        if isinstance(e, DeadlinePassed):
            return e.verdict, e.message
    for e in chain:
        found = _typed(e, sandbox)
        if found is not None:
            return found
    return Verdict.INTERNAL_ERROR, f"the judge's hidden test failed on its own: {type(exc).__name__}: {exc}"


def _typed(e: BaseException, sandbox) -> tuple[Verdict, str] | None:
    if isinstance(e, SubmissionFailure):
        return e.verdict, e.message
    if isinstance(e, RemoteError):
        return remote_verdict(e, sandbox)
    found = kata_verdict(e)
    if found is not None:
        return found
    if type(e).__name__ == "Failed" and "Timeout" in str(e):
        return Verdict.TIME_LIMIT_EXCEEDED, _group_timeout_message(sandbox)
    return None


def remote_verdict(e: RemoteError, sandbox=None) -> tuple[Verdict, str]:
    """An exception the submission raised during a call."""
    if e.is_a("MemoryError"):
        return Verdict.MEMORY_LIMIT_EXCEEDED, f"{e.call} ran out of memory (MemoryError)"
    if e.is_a("SystemExit"):
        return Verdict.RUNTIME_ERROR, f"{e.call} called sys.exit(); a solution must return, not exit"
    if e.is_a("OSError") and "[Errno 27]" in e.detail:
        limit = getattr(getattr(sandbox, "config", None), "output_kb", None)
        return Verdict.RUNTIME_ERROR, (
            f"{e.call} printed or wrote more than the {f'{limit} KB' if limit else 'output limit'} your code may print "
            "in all (File too large): the output came from your own print() calls — a print left in for debugging? "
            "Remove it, or print only for small inputs; the first lines it printed are below")
    if e.is_a("OSError") and "[Errno 28]" in e.detail:
        return Verdict.RUNTIME_ERROR, (f"{e.call} wrote more than {_scratch_mb(sandbox)} MB of files in its scratch folder "
                                       "(No space left on device); keep what you write small, or keep it in memory")
    if e.recursion:
        return Verdict.RUNTIME_ERROR, f"{e.call} exceeded the recursion limit: use a loop and an explicit stack\n{e.where}".rstrip()
    return Verdict.RUNTIME_ERROR, e.describe()


def load_verdict(exc: BaseException) -> tuple[Verdict, str]:
    """What a failure while importing the submission earns: its exceptions are compile errors."""
    if isinstance(exc, InternalError):
        return Verdict.INTERNAL_ERROR, f"the judge failed on its own: {exc}"
    if isinstance(exc, RemoteError):
        if exc.is_a("MemoryError"):
            return Verdict.MEMORY_LIMIT_EXCEEDED, "importing your file ran out of memory"
        return Verdict.COMPILE_ERROR, exc.describe()
    assert isinstance(exc, SubmissionFailure), exc
    if exc.verdict is Verdict.RUNTIME_ERROR:
        return Verdict.COMPILE_ERROR, exc.message
    return exc.verdict, exc.message


def deciding_outcome(outcomes: list):
    """Of a group's failed tests, the one whose verdict is the group's: the judge's own fault
    first (never hidden behind a learner's failure), else the first in file order."""
    failed = [o for o in outcomes if o.verdict is not Verdict.ACCEPTED]
    internal = [o for o in failed if o.verdict is Verdict.INTERNAL_ERROR]
    return (internal or failed or [None])[0], len(failed)


def _group_timeout_message(sandbox) -> str:
    """pytest-timeout's limit is clamped to what is left of the whole judging: say which one ran out."""
    config = getattr(sandbox, "config", None)
    deadline = getattr(config, "deadline", None)
    if deadline is not None and time.monotonic() >= deadline:
        return f"the whole judging ran past its {config.judging_s:g} s limit"
    return "the test group ran past its time limit"


def _scratch_mb(sandbox) -> str:
    config = getattr(sandbox, "config", None)
    return f"{config.scratch_mb:g}" if config is not None else "the allowed"
