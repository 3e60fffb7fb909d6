"""The model every test file judges against: `Versions(n, first)` is a row of n versions whose
first bad one is `first` (None: none is bad), with the judge's is_bad for them, and
`versions.run(solution)` calls the submission's first_bad(n, is_bad) and checks the whole call
against the contract, raising the verdict of the first clause it broke. The `first_bad`
fixture does both: first_bad(n, first).

The judge's is_bad is a Callback: it runs here, in the judge's process, once per call the
submission makes, so the submission can neither read the first bad version out of it nor
forge the count. It never raises for a bad call (the contract says so): it records the call,
answers as if every version >= n were bad, and the verdict is decided when first_bad returns.
The calls are judged in the order they were made, and the first one that breaks a clause
decides: a call with something that is not a version in 0 ... n-1 is a wrong answer; the
call after the n.bit_length()-th is time_limit_exceeded (also when it repeats a version: a
repeated version is a wasted call, and the count is the clause it breaks first); a version
asked twice within the bound is a wrong answer. Then what first_bad returned or raised.
"""

from __future__ import annotations

import pytest

from judge.testing import Callback, RaiseInSubmission, RemoteError, TooSlow, WrongAnswer, show


FLOAT_EXACT = 2**53  # above this, a float cannot hold every int
FLOAT_HINT = "above 2**53 a float cannot hold every int: compute with ints (//, n.bit_length()), not floats (/, math.log2)"


def num(n: int) -> str:
    """4611686018427387904 reads as 2**62, 4611686018427387903 as 2**62 - 1, 1000000 as 1,000,000."""
    if n > 1024 and n & (n - 1) == 0:
        return f"2**{n.bit_length() - 1}"
    if n > 1024 and (n + 1) & n == 0:
        return f"2**{n.bit_length()} - 1"
    return f"{n:,}"


def bound(n: int) -> int:
    """The most calls the contract allows: n.bit_length(), that is ceil(log2(n + 1)); none for n <= 0."""
    return n.bit_length() if n > 0 else 0


def surely_made(n: int) -> int:
    """The fewest calls any first_bad within the bound makes for n >= 1, whatever the answer: an
    answer known after d calls takes up 2**(bound - d) of the 2**bound answers `bound` calls can
    tell apart, and the other n answers need at least one each."""
    b = bound(n)
    return b - ((2**b - n).bit_length() - 1)


def cap(n: int) -> int:
    """Past this many calls is_bad stops answering: the verdict was decided long before."""
    return 4 * max(1, bound(n)) + 64


def scenario(n: int, first: int | None) -> str:
    """first_bad(100, is_bad) where versions 37 … 99 are bad: the call as the learner reads it."""
    call = f"first_bad({num(n)}, is_bad)"
    if n < 0:
        return call
    if n == 0:
        return f"{call} with no versions"
    if first is None:
        return f"{call} where no version is bad"
    if first == 0:
        return f"{call} where every version is bad" if n > 1 else f"{call} where version 0 is bad"
    if first == n - 1:
        return f"{call} where only the last version, {num(n - 1)}, is bad"
    return f"{call} where versions {num(first)} … {num(n - 1)} are bad"


def is_object(value) -> bool:
    """An argument that is not plain data (an int subclass, say) arrives as a handle to the object."""
    return type(value).__name__ == "Handle"


def shown_arg(value) -> str:
    return f"<{value.type_name} object>" if is_object(value) else show(value)


def ordinal(k: int) -> str:
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


class IsBad(Callback):
    """The judge's is_bad, shown as `is_bad` in the call transcripts of the judge's own messages."""

    def __repr__(self) -> str:
        return "is_bad"


class Versions:
    """n versions whose first bad one is `first` (None: none is bad). `fail` = (k,
    RaiseInSubmission): is_bad's k-th call raises that exception in the submission."""

    def __init__(self, n: int, first: int | None = None, fail: tuple[int, RaiseInSubmission] | None = None) -> None:
        self.n = n
        self.first = first
        self.threshold = n if first is None else first  # is_bad(v) is v >= threshold
        self.fail = fail
        self.shown: list[str] = []  # every call as the learner wrote it: is_bad(37)
        self.asked: dict[int, int] = {}  # version -> the call that first asked it
        self.problem: tuple | None = None  # the first clause broken: (WrongAnswer, text) or (TooSlow, k, shown, again)
        self.raised_at: int | None = None  # the call on which is_bad raised the test's exception
        self.stopped_at: int | None = None  # the call on which is_bad stopped answering (a runaway)

    @property
    def call(self) -> str:
        return scenario(self.n, self.first)

    # the judge's is_bad ------------------------------------------------------------------
    def is_bad(self, *args, **kwargs):
        """One call the submission made, run here: recorded, judged, answered."""
        k = len(self.shown) + 1
        parts = [shown_arg(a) for a in args] + [f"{key}={shown_arg(v)}" for key, v in kwargs.items()]
        shown = f"is_bad({', '.join(parts)})"
        self.shown.append(shown)
        given = list(args) + list(kwargs.values())
        v = given[0] if len(given) == 1 else None
        if self.problem is None:
            self._judge(k, shown, v, len(given))
        if type(v) is int and v not in self.asked:
            self.asked[v] = k
        if k > cap(self.n):
            self._stop(k)
        if self.fail is not None and k == self.fail[0]:
            self.raised_at = k
            raise self.fail[1]
        if type(v) in (int, bool, float) and v == v:  # a number (not NaN): as if every version >= n were bad
            return v >= self.threshold
        return False

    def _judge(self, k: int, shown: str, v, count: int) -> None:
        """The clause call k breaks, if any (only the first broken clause is kept)."""
        where = f"{self.call}: its {ordinal(k)} call, {shown},"
        versions = (f"versions are the ints 0 … {num(self.n - 1)}" if self.n > 0
                    else "there are no versions, so first_bad must not call is_bad at all")
        if count != 1:
            self.problem = (WrongAnswer, f"{where} passed {count} arguments: is_bad takes one version, is_bad(v)")
        elif type(v) is not int:
            kind = f"an object of type {v.type_name}" if is_object(v) else f"a {type(v).__name__}"
            hint = {"float": " (halve with //, not /)", "bool": " (a bool is not a version)"}.get(type(v).__name__, "")
            self.problem = (WrongAnswer, f"{where} passed {kind}{hint}: {versions}")
        elif not 0 <= v < self.n:
            self.problem = (WrongAnswer, f"{where} asked about a version that does not exist: {versions}")
        elif k > bound(self.n):
            self.problem = (TooSlow, k, shown, self.asked.get(v))
        elif v in self.asked:
            self.problem = (WrongAnswer, f"{where} asked about version {num(v)} again (its {ordinal(self.asked[v])} "
                                         "call asked already): a version's answer never changes, so keep what it said")

    def _stop(self, k: int) -> None:
        """A runaway, long past the bound (the first broken clause was recorded long before): the
        call raises CallLimitReached (support.py) in the submission, which ends an honest loop;
        a submission that catches it and goes on calling is stopped outright."""
        limit = cap(self.n)
        if k > limit + 64:
            raise TooSlow(self._verdict_text() + f"; it went on calling after is_bad raised CallLimitReached {k - limit - 1} times")
        self.stopped_at = self.stopped_at or k
        raise RaiseInSubmission("CallLimitReached", f"is_bad was called more than {limit} times for n = {num(self.n)}, "
                                                    f"where at most {bound(self.n)} calls are allowed; the judge stops answering")

    # the verdict ---------------------------------------------------------------------------
    def _verdict_text(self) -> str:
        if self.problem is None:
            return f"{self.call} called is_bad more than {cap(self.n)} times"
        if self.problem[0] is not TooSlow:
            return self.problem[1]
        _, k, shown, again = self.problem
        made = f"more than {cap(self.n)} times" if self.stopped_at else f"{len(self.shown)} times"
        text = (f"{self.call} called is_bad {made} ({self._transcript()}); at most {bound(self.n)} calls are allowed "
                f"for n = {num(self.n)} (n.bit_length()): each call must halve the candidates for the answer, "
                "and there are n + 1 of them (each version, or none)")
        if again is not None:
            text += f"; its {ordinal(k)} call, {shown}, asked again what its {ordinal(again)} call had asked already"
        elif (self.n + 1) & self.n == 0:
            text += f"; here n + 1 = {num(self.n + 1)}, so each call must halve them exactly"
        if self.n > FLOAT_EXACT and len(self.shown) == bound(self.n) + 1:
            text += f"; {FLOAT_HINT}"  # one call over at this size: most likely a float midpoint
        return text

    def check_calls(self) -> None:
        """Raise the first clause the calls broke."""
        if self.problem is not None:
            raise self.problem[0](self._verdict_text())

    def _transcript(self, most: int = 6) -> str:
        if len(self.shown) <= most:
            return ", ".join(self.shown)
        return ", ".join(self.shown[: most - 2]) + ", …, " + ", ".join(self.shown[-2:])

    # one call of the submission, judged ----------------------------------------------------
    def run(self, solution, oracle: Callback | None = None) -> None:
        """Call solution.first_bad(n, is_bad) and judge the calls, then the answer, or the
        exception: ValueError for n < 0; the very exception is_bad raised, when `fail` is given."""
        oracle = oracle if oracle is not None else IsBad(self.is_bad, name="is_bad")
        try:
            got = solution.first_bad(self.n, oracle)
        except RemoteError as err:
            self.check_calls()
            self._judge_exception(err)
            return
        self.check_calls()
        self._judge_answer(got)

    def _judge_answer(self, got) -> None:
        call = self.call
        if self.n < 0:
            raise WrongAnswer(f"{call} {returned(got)}, expected it to raise ValueError: n < 0 is not a number of versions")
        if self.raised_at is not None:
            error = self.fail[1]
            raise WrongAnswer(
                f"{call}: is_bad raised {error.type_name}({error.message!r}) on its {ordinal(self.raised_at)} call, and "
                f"first_bad then {returned(got)}; the exception must propagate out of first_bad unchanged (the caller "
                "cannot tell a version that does not build from an answer otherwise)"
            )
        expected = self.first
        if got == expected and type(got) is type(expected):
            return
        text = f"{call} {returned(got)}, expected {show(expected)}"
        if expected is None and type(got) is int:
            text += ": when no version is bad, return None (not -1, n or n - 1)"
        elif expected is None:
            text += ": no version is bad"
        elif got is None:
            text += f": version {num(expected)} is bad (is_bad({num(expected)}) is True)"
        elif type(got) is int and got == expected + 1:
            text += f": is_bad({num(expected)}) is already True, so {num(expected)} is the first bad version"
        elif type(got) is int and got == expected - 1:
            text += f": is_bad({num(got)}) is False"
        if self.n > FLOAT_EXACT and type(got) is int and expected is not None and abs(got - expected) <= self.n >> 52:
            text += f"; {FLOAT_HINT}"  # off by a float's rounding at this size
        raise WrongAnswer(text)

    def _judge_exception(self, err: RemoteError) -> None:
        call = self.call
        if self.n < 0 and self.raised_at is None:
            if err.is_a("ValueError"):
                return
            raise WrongAnswer(f"{call} raised {err.type_name}: {err.detail}, expected ValueError: n < 0 is not a number of versions")
        if self.raised_at is not None:
            error = self.fail[1]
            if err.token == error.token:
                return
            same_kind = err.type_name == error.type_name and err.detail == error.message
            what = f"another {err.type_name} with the same message" if same_kind else f"{err.type_name}: {err.detail}"
            raise WrongAnswer(
                f"{call}: is_bad raised {error.type_name}({error.message!r}) on its {ordinal(self.raised_at)} call, and "
                f"first_bad raised {what}, not that very exception object: let it propagate unchanged "
                "(no try/except around is_bad, or a bare `raise`)"
            )
        if self.n == 0 and err.is_a("ValueError"):
            raise WrongAnswer(f"{call} raised ValueError: {err.detail}, expected None: n == 0 means no versions, "
                              "so none is bad; only n < 0 is a ValueError")
        # the submission's own exception: its runtime error, with the call as the learner reads it
        raise RemoteError({"type": err.type_name, "mro": err.mro, "message": err.detail, "traceback": err.where,
                           "recursion": err.recursion}, call)


def returned(value) -> str:
    kind = f" (a {type(value).__name__})" if value is not None and type(value) is not int else ""
    return f"returned {show(value)}{kind}"


@pytest.fixture
def first_bad(solution):
    """first_bad(n, first=None, *, fail=None, fail_on=1, counted_by=None) -> Versions: one call of
    the submission's first_bad, judged. `fail` (a RaiseInSubmission) is raised by is_bad's
    `fail_on`-th call, which must be at most first_bad.surely_made(n). `counted_by(fn)` makes
    the Callback the submission gets (default: IsBad, a Callback that reads as `is_bad`)."""

    def check(n, first=None, *, fail=None, fail_on=1, counted_by=None):
        versions = Versions(n, first, (fail_on, fail) if fail is not None else None)
        versions.run(solution, counted_by(versions.is_bad) if counted_by is not None else None)
        return versions

    check.surely_made = surely_made  # for tests that pick the call on which is_bad raises
    return check
