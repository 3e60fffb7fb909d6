"""The model every test file judges against, and a bucket driven by the judge's clock.

`Model` is the contract: it starts full at the constructor's reading; each call first refills
for the time beyond the largest reading seen so far, capped at capacity; try_consume(n) takes
n if there are at least n. Tests use powers of two for rates and eighths of a second for
times, so every quantity is exact in binary and the model needs no tolerance.

`Scenario` makes the submission's TokenBucket with a Callback clock (the judge's `clock`: a
function in this process that returns the time the test set, and counts its reads), checks
the constructor read it exactly once, then compares every call with the model, showing the
whole history in the message: "TokenBucket(2.0, 4.0, clock=clock) at t = 0; t = 0: try_consume(3.0)
→ True; t = 0.5: available() returned 1.0, expected 2.0: …". Alternative models of the usual
mistakes (no cap, whole tokens, a clock going backwards counted) explain a wrong answer.
"""

from __future__ import annotations

import math

import pytest

from judge.testing import Callback, RemoteError, TooSlow, WrongAnswer, asking, raise_reported, show, submission, support


class Model:
    """The contract, with optional mistakes for explaining a wrong answer."""

    def __init__(self, rate, capacity, now, *, cap=True, whole=False, backwards=None) -> None:
        self.rate, self.capacity = rate, capacity
        self.tokens = float(capacity)
        self.last = now
        self.cap, self.whole, self.backwards = cap, whole, backwards

    def refill(self, now) -> None:
        elapsed = now - self.last
        if elapsed > 0 or self.backwards in ("remove", "add", "move"):
            if elapsed < 0:
                elapsed = {"remove": elapsed, "add": -elapsed, "move": 0.0}[self.backwards]
            gained = elapsed * self.rate
            if self.whole:
                gained = float(math.floor(gained))
                self.last = self.last + gained / self.rate if elapsed > 0 else now
            else:
                self.last = now
            self.tokens += gained
            if self.cap:
                self.tokens = min(self.tokens, float(self.capacity))

    def try_consume(self, now, n=1.0) -> bool:
        self.refill(now)
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False

    def available(self, now) -> float:
        self.refill(now)
        return self.tokens


MISTAKES = [
    ({"cap": False}, "the bucket holds at most capacity tokens: refilling stops at capacity (min(capacity, tokens + elapsed · rate))"),
    ({"whole": True}, "tokens refill continuously, fractions included (elapsed · rate), not a whole token at a time"),
    ({"backwards": "remove"}, "a clock that goes backwards removes no tokens: refill only for time beyond the largest reading seen so far"),
    ({"backwards": "move"}, "refill only for time beyond the largest reading seen so far: after the clock went back, the time up to "
                            "the earlier, larger reading was already counted, so keep that reading (do not move it back)"),
    ({"backwards": "add"}, "a clock that goes backwards adds no tokens: refill only for time beyond the largest reading seen so far"),
]


def num(x) -> str:
    """0.5 as 0.5, 3.0 as 3.0, 2**20 + 0.125 as 1048576.125 (times and amounts as a learner reads them)."""
    return repr(x) if type(x) is float else show(x)


def clock_cap(operations: int) -> int:
    """Past this many clock reads in one bucket's life, the reads are runaway (the contract's
    O(1) per call allows a few per call): the judge stops answering."""
    return 20 * operations + 200


class Scenario:
    """One bucket of the submission's, on the judge's clock, checked call by call."""

    def __init__(self, rate, capacity, start=0.0) -> None:
        self.now = start
        self.operations = 0
        self.clock = Callback(self._read, name="clock")
        self.models = [Model(rate, capacity, start)] + [Model(rate, capacity, start, **m) for m, _ in MISTAKES]
        self.history = [f"bucket = TokenBucket({num(rate)}, {num(capacity)}, clock=clock) at t = {num(start)}"]
        self.went_back = False
        self.largest = start
        call = self.history[0]
        try:
            with asking(call):
                self.bucket = submission().TokenBucket(rate, capacity, clock=self.clock)
        except RemoteError as err:
            raise_reported(_report(err), call)
        reads = self.clock.calls
        if reads != 1:
            how = ("it never read it: the bucket must take its starting time when it is made (read at the first call "
                   "instead, a clock that went back in between counts time that never passed as refill)"
                   if reads == 0 else f"it read it {reads} times")
            raise WrongAnswer(f"{call}: the constructor must read the clock exactly once, but {how}")

    def _read(self, *args, **kwargs):
        if args or kwargs:
            raise WrongAnswer(f"{self.transcript()}: clock was called with arguments; a clock is called as clock()")
        if self.clock.calls > clock_cap(self.operations):
            raise TooSlow(f"{self.transcript()}: the clock was read {self.clock.calls} times for {self.operations} calls; "
                          "each call needs one reading (O(1) per call)")
        return self.now

    def at(self, t) -> "Scenario":
        if t < self.largest:
            self.went_back = True
        self.largest = max(self.largest, t)
        self.now = t
        return self

    def transcript(self, most: int = 14) -> str:
        shown = self.history if len(self.history) <= most else self.history[:3] + ["…"] + self.history[-(most - 4):]
        return "; ".join(shown)

    def _step(self, shown: str) -> str:
        self.operations += 1
        return f"t = {num(self.now)}: {shown}"

    def try_consume(self, *args) -> bool:
        shown = self._step(f"try_consume({', '.join(num(a) for a in args)})")
        n = args[0] if args else 1.0
        expected = [m.try_consume(self.now, n) for m in self.models]
        got = self._call(shown, lambda: self.bucket.try_consume(*args))
        if type(got) is not bool or got != expected[0]:
            rule = "try_consume returns True (and takes n tokens) if there are at least n, else False (and takes nothing)"
            if type(got) is not bool:
                rule = "try_consume returns a bool, True or False"
            elif expected[0] and self.models[0].tokens == 0.0:
                rule = f"there were exactly {num(n)} tokens, and exactly n is enough (tokens >= n, not >)"
            self._wrong(shown, got, expected, rule)
        self.history.append(f"{shown} → {got}")
        return got

    def available(self) -> float:
        shown = self._step("available()")
        expected = [m.available(self.now) for m in self.models]
        got = self._call(shown, lambda: self.bucket.available())
        if type(got) is not float:
            hint = (f"available() returns a float ({float(got)!r}, not {got!r})" if type(got) is int
                    else "available() returns a float")
            kind = type(got).__name__
            raise WrongAnswer(f"{self.transcript()}; {shown} returned {show(got)} ({'an' if kind[:1] in 'aeiou' else 'a'} {kind}), "
                              f"expected {num(expected[0])}: {hint}")
        if not math.isclose(got, expected[0], rel_tol=1e-9, abs_tol=1e-9):
            self._wrong(shown, got, expected, "the bucket starts full and refills at rate per second, up to capacity")
        self.history.append(f"{shown} → {num(got)}")
        return got

    def refused(self, *args, why: str) -> None:
        """try_consume(*args) must raise ValueError (and the bucket goes on as before)."""
        shown = self._step(f"try_consume({', '.join(num(a) for a in args)})")
        try:
            got = self.bucket.try_consume(*args)
        except RemoteError as err:
            if err.is_a("ValueError"):
                self.history.append(f"{shown} → ValueError")
                for m in self.models:
                    m.refill(self.now)
                return
            raise WrongAnswer(f"{self.transcript()}; {shown} raised {err.type_name}, expected ValueError: {why}") from None
        raise WrongAnswer(f"{self.transcript()}; {shown} returned {show(got)}, expected ValueError: {why}")

    def _call(self, shown: str, fn):
        try:
            return fn()
        except RemoteError as err:
            raise_reported(_report(err), f"{self.transcript()}; {shown}")

    def _wrong(self, shown: str, got, expected: list, rule: str) -> None:
        note = rule
        for (_, why), want in zip(MISTAKES, expected[1:]):
            if type(got) is type(expected[0]) and want == got and want != expected[0]:
                note = why
                break
        else:
            if self.went_back:
                note += "; the clock went backwards in this run: that neither adds nor removes tokens"
        raise WrongAnswer(f"{self.transcript()}; {shown} returned {num(got)}, expected {num(expected[0])}: {note}")


def _report(err: RemoteError) -> dict:
    return {"type": err.type_name, "mro": err.mro, "message": err.detail, "traceback": err.where,
            "recursion": err.recursion}


class Buckets:
    """What the tests use (a fixture, since the judge imports test files by path)."""

    Scenario = Scenario
    Model = Model

    @staticmethod
    def new(rate, capacity, start=0.0) -> Scenario:
        return Scenario(rate, capacity, start)

    @staticmethod
    def refused(why: str, *args, **kwargs) -> None:
        """TokenBucket(*args, **kwargs) must raise ValueError."""
        from judge.testing import expect_raises

        expect_raises("ValueError", submission().TokenBucket, *args, note=why, **kwargs)

    @staticmethod
    def with_default_clock(rate, capacity, start, steps) -> None:
        """TokenBucket(rate, capacity) without a clock: time.monotonic (the judge's, in the solution
        process) must be its clock, read once by the constructor; the steps must match the model."""
        call = f"TokenBucket({num(rate)}, {num(capacity)}) with no clock argument, at time.monotonic() = {num(start)}"
        with asking(call):
            report = support().with_default_clock(rate, capacity, start, steps)
        if "constructor_reads" not in report:
            raise_reported(report["raised"], call)
        if report["constructor_reads"] != 1:
            reads = report["constructor_reads"]
            how = "never read time.monotonic()" if reads == 0 else f"read time.monotonic() {reads} times"
            raise WrongAnswer(f"{call}: the constructor {how}, expected once: the default clock is time.monotonic "
                              "(clock=time.monotonic in the signature), and the constructor reads it exactly once")
        model = Model(rate, capacity, start)
        shown = [call]
        for i, (t, op, *args) in enumerate(steps):
            step = f"t = {num(t)}: " + (f"available()" if op == "available" else
                                       f"try_consume({'' if args == [None] else num(args[0])})")
            if i >= len(report["results"]):
                raise_reported(report["raised"], "; ".join(shown + [step]))
            got = report["results"][i]
            want = model.available(t) if op == "available" else model.try_consume(t, 1.0 if args == [None] else args[0])
            ok = type(got) is type(want) and (got == want if type(want) is bool else math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9))
            if not ok:
                raise WrongAnswer(f"{'; '.join(shown)}; {step} returned {num(got)}, expected {num(want)}: with no clock "
                                  "argument the bucket reads time.monotonic() (the judge sets it here); not time.time() "
                                  "or any other clock")
            shown.append(f"{step} → {num(got)}")


@pytest.fixture(scope="session")
def buckets():
    return Buckets
