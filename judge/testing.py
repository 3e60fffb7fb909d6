"""What hidden tests use: strict comparison, expectations that explain, and how a
failure becomes a verdict.

    from judge.testing import expect, expect_raises

    def test_evicts_least_recent(solution):
        cache = solution.LRUCache(2)
        cache.put(1, 1); cache.put(2, 2); cache.get(1); cache.put(3, 3)
        expect(cache.get(2), -1, note="2 was the least recently used key")

A wrong answer reads: "LRUCache(2); put(1, 1); put(2, 2); get(1); put(3, 3);
get(2) returned 2, expected -1: 2 was the least recently used key".
"""

from __future__ import annotations

import math
import time

from .failures import InternalError, SubmissionFailure, TooMuchSpace, TooSlow, WrongAnswer
from .sandbox.child.kata_protocol import Handle
from .sandbox.process import DeadlinePassed, RemoteError, Sandbox
from .sandbox.proxy import RemoteModule, RemoteObject, plain, show
from .verdict import Verdict

_current: dict[str, object] = {}



def submission() -> RemoteModule:
    """The submission's module, for code that has no fixture (hypothesis state machines)."""
    return _current["solution"]  # type: ignore[return-value]


def support() -> RemoteModule:
    """The kata's support module in the solution process (judge-made values and helpers)."""
    return _current["support"]  # type: ignore[return-value]


def current_sandbox() -> Sandbox:
    return _current["sandbox"]  # type: ignore[return-value]


# strict comparison ---------------------------------------------------------------
def canonical(value):
    """A comparable form that keeps exact types: 1, 1.0 and True all differ; order-free containers stay order-free."""
    value = plain(value)
    t = type(value)
    if t is float:
        return ("float", "nan" if math.isnan(value) else value)
    if t in (int, bool, str, bytes, complex) or value is None:
        return (t.__name__, value)
    if t is list or t is tuple:
        return (t.__name__, tuple(canonical(v) for v in value))
    if t is set or t is frozenset:
        return (t.__name__, frozenset(canonical(v) for v in value))
    if t is dict:
        return ("dict", frozenset((canonical(k), canonical(v)) for k, v in value.items()))
    if isinstance(value, RemoteObject):
        return ("object", value._kata_handle.type_name, value._kata_handle.id)
    if isinstance(value, Handle):
        return ("object", value.type_name, value.id)
    return ("other", t.__name__, id(value))


SIZED = (list, tuple, set, frozenset, dict, str, bytes)


def same(actual, expected) -> bool:
    """Equal with exact types all the way down. Types and lengths are compared before any
    canonical form is built, so a 3,000,000-item reply against 4 expected costs nothing."""
    actual, expected = plain(actual), plain(expected)
    t = type(actual)
    if t in SIZED and t is type(expected) and len(actual) != len(expected):
        return False
    if t in SIZED and type(expected) in SIZED and t is not type(expected):
        return False
    if (t is list or t is tuple) and t is type(expected):
        return all(map(same, actual, expected))
    return canonical(actual) == canonical(expected)


def _size_hint(actual, expected) -> str:
    """' (3,000,000 items where 4 were expected)' when two containers of one type differ in size."""
    if type(actual) is type(expected) and type(actual) in (list, tuple, set, frozenset, dict) and len(actual) != len(expected):
        return f" ({len(actual):,} items where {len(expected):,} were expected)"
    return ""


def _last_call() -> str:
    sandbox = _current.get("sandbox")
    return getattr(sandbox, "last_call", "") or "the call"


def _a(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def _type_hint(actual, expected) -> str:
    if expected is None or actual is None:
        return ""  # "returned [], expected None" says it already
    if type(actual) is not type(expected) and not isinstance(actual, RemoteObject):
        return f" ({_a(type(actual).__name__)}, not {_a(type(expected).__name__)})"
    return ""  # a proxy's description already names its type


def expect(actual, expected, *, note: str | None = None, call: str | None = None) -> None:
    """The value must equal `expected`, type for type."""
    actual = plain(actual)
    if not same(actual, expected):
        hint = _type_hint(actual, expected) or _size_hint(actual, expected)
        text = f"{call or _last_call()} returned {show(actual)}{hint}, expected {show(expected)}"
        raise WrongAnswer(text + (f": {note}" if note else ""))


UNORDERED_DETAIL = 1000  # up to this many items, a mismatch names the missing and extra ones


def expect_unordered(actual, expected: list, *, note: str | None = None, call: str | None = None) -> None:
    """A list (exactly) whose items are `expected` in any order, each as often as there."""
    where = call or _last_call()
    actual = plain(actual)
    if type(actual) is not list:
        raise WrongAnswer(f"{where} returned {show(actual)}{_type_hint(actual, [])}, expected a list")
    if len(actual) != len(expected) and max(len(actual), len(expected)) > UNORDERED_DETAIL:
        # too many items to say which are missing or extra at a cost the judge can afford
        text = f"{where} returned {show(actual)}{_size_hint(actual, expected)}, expected {show(expected)} in any order"
        raise WrongAnswer(text + (f": {note}" if note else ""))
    got = sorted(map(repr, map(canonical, actual)))
    want = sorted(map(repr, map(canonical, expected)))
    if got != want:
        missing = [e for e in expected if not any(same(e, a) for a in actual)]
        extra = [a for a in actual if not any(same(a, e) for e in expected)]
        detail = []
        if missing:
            detail.append(f"missing {show(missing)}")
        if extra:
            detail.append(f"unexpected {show(extra)}")
        if not detail:
            detail.append("an item appears more often than it should")
        text = f"{where} returned {show(actual)}, expected {show(expected)} in any order ({'; '.join(detail)})"
        raise WrongAnswer(text + (f": {note}" if note else ""))


def expect_raises(exception: str, fn, *args, note: str | None = None, **kwargs) -> RemoteError:
    """Calling `fn(*args)` in the submission must raise `exception` (by name; subclasses count)."""
    try:
        result = fn(*args, **kwargs)
    except RemoteError as err:
        if err.is_a(exception):
            return err
        raise WrongAnswer(
            f"{err.call} raised {err.type_name}, expected {exception}" + (f": {note}" if note else "")
        ) from None
    raise WrongAnswer(f"{_last_call()} returned {show(result)}, expected it to raise {exception}" + (f": {note}" if note else ""))


def call_unchanged(function, *args, **kwargs):
    """Call a submission's function and fail with a wrong answer if it changed any argument."""
    result, changed = function.unchanged(*args, **kwargs)
    if changed:
        which = ", ".join(f"argument {i + 1} ({show(args[i])})" for i in changed)
        raise WrongAnswer(f"{_last_call()} changed its input, {which}: inputs must not be mutated")
    return result


# failure -> verdict ---------------------------------------------------------------
def _group_timeout_message() -> str:
    """pytest-timeout's limit is clamped to what is left of the whole judging: say which one ran out."""
    config = getattr(_current.get("sandbox"), "config", None)
    deadline = getattr(config, "deadline", None)
    if deadline is not None and time.monotonic() >= deadline:
        return f"the whole judging ran past its {config.judging_s:g} s limit"
    return "the test group ran past its time limit"


def _scratch_mb() -> str:
    sandbox = _current.get("sandbox")
    config = getattr(sandbox, "config", None)
    return f"{config.scratch_mb:g}" if config is not None else "the allowed"

def _causes(exc: BaseException):
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


def classify(exc: BaseException, death: SubmissionFailure | None = None) -> tuple[Verdict, str]:
    """The verdict a failed hidden test earns, with the learner's message."""
    if death is not None:
        return death.verdict, death.message
    for e in _causes(exc):
        if isinstance(e, DeadlinePassed):  # the reason, whatever a caller made of its timeout
            return e.verdict, e.message
    for e in _causes(exc):
        if isinstance(e, SubmissionFailure):
            return e.verdict, e.message
        if isinstance(e, TooSlow):
            return Verdict.TIME_LIMIT_EXCEEDED, str(e)
        if isinstance(e, TooMuchSpace):
            return Verdict.MEMORY_LIMIT_EXCEEDED, str(e)
        if isinstance(e, RemoteError):
            if e.is_a("MemoryError"):
                return Verdict.MEMORY_LIMIT_EXCEEDED, f"{e.call} ran out of memory (MemoryError)"
            if e.is_a("SystemExit"):
                return Verdict.RUNTIME_ERROR, f"{e.call} called sys.exit(); a solution must return, not exit"
            if e.is_a("OSError") and "[Errno 27]" in e.detail:
                return Verdict.RUNTIME_ERROR, f"{e.call} printed or wrote more than the output limit allows (File too large)"
            if e.is_a("OSError") and "[Errno 28]" in e.detail:
                return Verdict.RUNTIME_ERROR, f"{e.call} wrote more than {_scratch_mb()} MB of files in its scratch folder (No space left on device); keep what you write small, or keep it in memory"
            if e.recursion:
                return Verdict.RUNTIME_ERROR, f"{e.call} exceeded the recursion limit: use a loop and an explicit stack\n{e.where}".rstrip()
            return Verdict.RUNTIME_ERROR, e.describe()
        if isinstance(e, AssertionError):
            return Verdict.WRONG_ANSWER, str(e).split("\nassert ")[0].strip() or "a hidden check failed"
        if type(e).__name__ == "Failed" and "Timeout" in str(e):
            return Verdict.TIME_LIMIT_EXCEEDED, _group_timeout_message()
    return Verdict.INTERNAL_ERROR, f"the judge's hidden test failed on its own: {type(exc).__name__}: {exc}"
