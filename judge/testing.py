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

import builtins
import math

from .failures import InternalError, TooMuchSpace, TooSlow, WrongAnswer
from .sandbox.asking import asking
from .sandbox.callback import Callback, RaiseInSubmission
from .sandbox.child.kata_protocol import Handle
from .sandbox.process import RemoteError, Sandbox
from .sandbox.proxy import RemoteModule, RemoteObject, plain, show

# The kata author's API: hidden tests and conftests import these names and nothing else of the judge.
__all__ = [
    # the submission and the kata's support code, in the solution process
    "submission", "support", "current_sandbox",
    # functions of the judge's that the submission calls, counted and answered in the judge's process
    "Callback", "RaiseInSubmission",
    # what a test asks, in the learner's words, for the calls it makes through support code
    "asking",
    # comparisons and expectations that explain
    "expect", "expect_unordered", "expect_raises", "expect_close", "call_unchanged", "same", "show",
    # failures a test may raise or catch
    "WrongAnswer", "TooSlow", "TooMuchSpace", "InternalError", "RemoteError", "raise_reported",
    # LeetCode's statement of the problem, where the learner's file is written to it
    "variant", "not_in_variant",
]

NOT_IN_VARIANT = "not in this variant: "  # a skip with this reason is left out of the group, not failed

_current: dict[str, object] = {}



def submission() -> RemoteModule:
    """The submission's module, for code that has no fixture (hypothesis state machines)."""
    return _current["solution"]  # type: ignore[return-value]


def support() -> RemoteModule:
    """The kata's support module in the solution process (judge-made values and helpers)."""
    return _current["support"]  # type: ignore[return-value]


def current_sandbox() -> Sandbox:
    return _current["sandbox"]  # type: ignore[return-value]


def variant() -> str | None:
    """The LeetCode slug the submission is judged as (`valid-palindrome`), or None for the kata's
    own contract. Tests use it to keep to LeetCode's inputs (non-empty words, int keys)."""
    sandbox = _current.get("sandbox")
    return getattr(sandbox, "variant", None)


def not_in_variant(why: str) -> None:
    """Leave this test out when the submission is judged as a LeetCode variant whose problem
    does not ask for what it checks (`words_with_prefix` for LeetCode 208): it is neither passed
    nor failed, and the group is scored on the rest. Does nothing for the kata's own contract."""
    import pytest

    if variant() is not None:
        pytest.skip(NOT_IN_VARIANT + why)


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


def expect_close(actual, expected, *, rel: float = 1e-9, abs: float = 1e-12, note: str | None = None, call: str | None = None) -> None:
    """`actual` within tolerance of `expected`, compared as `math.isclose(actual, expected,
    rel_tol=rel, abs_tol=abs)` element by element (NaN matches NaN, an infinity the same
    infinity):
    - a float: exactly a float;
    - a list of floats: a list of the same length holding exactly floats;
    - a numpy array: an ndarray (not a subclass) of the same shape and dtype.
    A wrong answer says where the first element differs and where the difference is largest
    ("row 3, column 1: 0.2689, expected 0.7311"), never the whole array."""
    where = call or _last_call()

    def fail(why: str) -> None:
        raise WrongAnswer(f"{where} {why}" + (f": {note}" if note else ""))

    if type(expected) is float:
        if not (type(actual) is float and _close(actual, expected, rel, abs)):
            fail(f"returned {show(actual)}{_type_hint(actual, expected)}, expected {show(expected)} (within {rel:g} relative or {abs:g} absolute)")
        return
    if type(expected) is list:
        if type(actual) is not list:
            fail(f"returned {show(actual)}, expected a list of {len(expected)} floats")
        if len(actual) != len(expected):
            fail(f"returned a list of {len(actual)} items, expected {len(expected)}")
        bad = [i for i, a in enumerate(actual) if type(a) is not float]
        if bad:
            fail(f"returned a list whose item {bad[0]} is {show(actual[bad[0]])} ({type(actual[bad[0]]).__name__}), not a float")
        off = [i for i, (a, e) in enumerate(zip(actual, expected)) if not _close(a, e, rel, abs)]
        if off:
            fail(_differences(off, lambda i: (actual[i], expected[i]), lambda i: f"item {i}", len(expected), rel, abs))
        return
    import numpy

    if type(actual) is not numpy.ndarray:
        fail(f"returned {show(actual)} ({type(actual).__name__}), expected a numpy.ndarray of shape {tuple(expected.shape)} and dtype {expected.dtype}")
    if actual.shape != expected.shape:
        fail(f"returned an array of shape {tuple(actual.shape)}, expected shape {tuple(expected.shape)}")
    if actual.dtype != expected.dtype:
        fail(f"returned an array of dtype {actual.dtype}, expected {expected.dtype}")
    a = actual.astype(numpy.complex128 if actual.dtype.kind == "c" else numpy.float64, copy=False)
    e = expected.astype(a.dtype, copy=False)
    with numpy.errstate(invalid="ignore", over="ignore"):
        diff = numpy.abs(a - e)
        ok = (diff <= numpy.maximum(rel * numpy.maximum(numpy.abs(a), numpy.abs(e)), abs)) | (a == e) | (numpy.isnan(a) & numpy.isnan(e))
    off = [tuple(int(x) for x in index) for index in numpy.argwhere(~ok)]
    if off:
        def position(index: tuple) -> str:
            if len(index) == 1:
                return f"index {index[0]}"
            if len(index) == 2:
                return f"row {index[0]}, column {index[1]}"
            return "[" + ", ".join(map(str, index)) + "]"

        fail(_differences(off, lambda i: (actual[i].item(), expected[i].item()), position, expected.size, rel, abs))


def _close(a, e, rel: float, abs: float) -> bool:
    if isinstance(a, complex) or isinstance(e, complex):
        import cmath

        return a == e or cmath.isclose(a, e, rel_tol=rel, abs_tol=abs)
    return a == e or (math.isnan(a) and math.isnan(e)) or math.isclose(a, e, rel_tol=rel, abs_tol=abs)


def _differences(off: list, values, position, total: int, rel: float, abs: float) -> str:
    """'row 3, column 1: 0.2689, expected 0.7311 (4 of 16 elements differ; the largest difference,
    0.5, is at row 0, column 2)' from the differing positions."""
    first = off[0]
    got, want = values(first)

    def gap(i) -> float:
        g, w = values(i)
        try:
            d = builtins.abs(g - w)  # `abs` is the tolerance here
            return d if d == d else math.inf
        except (TypeError, OverflowError):
            return math.inf

    worst = max(off, key=gap)
    text = f"{position(first)}: {_num(got)}, expected {_num(want)} ({len(off)} of {total} elements differ beyond {rel:g} relative or {abs:g} absolute"
    if worst != first:
        g, w = values(worst)
        text += f"; the largest difference is at {position(worst)}: {_num(g)}, expected {_num(w)}"
    return "returned values that differ at " + text + ")"


def _num(x) -> str:
    return f"{x:.6g}" if isinstance(x, float) else repr(x)


def raise_reported(report: dict, call: str) -> None:
    """Re-raise, in the judge, an exception the kata's support code caught in the solution process
    and reported with kata_workload.describe_exception (so it earns the verdict the submission's
    own exception would)."""
    raise RemoteError(report if type(report) is dict else {}, call)
