"""Runs in the solution process: the judge's exception classes, the calls a Callback cannot make
(a fn that raises a BaseException, a trial call that calls back into the breaker, a concurrent
caller on another thread), the default clock, and the workloads the performance group measures.

`install_fake_monotonic` runs before the submission is imported (kata.toml `before_import`):
from then on `time.monotonic` returns the time this module sets, so a default
`clock=time.monotonic` bound when the submission's file is imported is the judge's clock too,
and no test ever depends on real time. The hidden tests' own clocks are Callbacks (in the
judge's process, where the test sets the time and counts the reads); this one is for the
default clock and for the measurements, which cannot call back into the judge.

Why some calls are made from here: a Callback runs in the judge's process and cannot raise a
BaseException in the submission (RaiseInSubmission makes Exception subclasses only), nor call
into the submission while the submission is calling it. So the fn of those calls is a function
of this module that calls the judge's fn (which records the call, moves the judge's clock, and
returns or raises what the test says) and does the rest here.
"""

import sys
import threading
import time

from kata_workload import describe_exception


class ProviderError(Exception):
    """The judge's own failure of the dependency (an LLM provider that is down)."""


class RateLimited(ProviderError):
    """A subclass of ProviderError: a failure like any other for the breaker."""


class Interrupted(BaseException):
    """Like KeyboardInterrupt or SystemExit, a BaseException that is not an Exception: it must
    pass through the breaker and change nothing. Defined here so that nothing real is interrupted."""


# the default clock ---------------------------------------------------------------------------
_MONOTONIC = {"now": 0.0}


def install_fake_monotonic():
    """time.monotonic returns _MONOTONIC["now"]."""

    def monotonic():
        return _MONOTONIC["now"]

    monotonic.__module__ = "time"
    monotonic.__qualname__ = "monotonic"
    time.monotonic = monotonic


def _solution():
    return sys.modules["solution"]


def _plain(value):
    if value is None or type(value) in (bool, int, float, str):
        return value
    return f"<{type(value).__name__}> {repr(value)[:80]}"


def circuit_open_error_is_an_exception():
    """Whether the submission's CircuitOpenError is a class derived from Exception."""
    cls = _solution().CircuitOpenError
    return isinstance(cls, type) and issubclass(cls, Exception)


# calls a Callback cannot make on its own ----------------------------------------------------------
def call_interrupted(breaker, fn, *args, **kwargs):
    """breaker.call(interrupted, *args, **kwargs), where interrupted calls the judge's fn with the
    same arguments (it records them and may move the clock) and then raises a new Interrupted (a
    BaseException). {"interrupted": True} if that very object came out of call, False for
    another Interrupted; {"returned": value} if call returned. An Exception call raised reaches
    the judge as it is."""
    raised = []

    def interrupted(*a, **k):
        fn(*a, **k)
        exc = Interrupted("the user pressed Ctrl-C")
        raised.append(exc)
        raise exc

    try:
        value = breaker.call(interrupted, *args, **kwargs)
    except Interrupted as exc:
        return {"interrupted": bool(raised) and exc is raised[-1]}
    return {"returned": _plain(value)}


def call_reentrant(breaker, fn, second, report, *args, **kwargs):
    """breaker.call(trial, *args, **kwargs), where trial first calls breaker.call(second) itself
    (second is the judge's: the judge counts whether it ran), reads breaker.state, sends both to
    the judge's report, and then returns what the judge's fn(*args, **kwargs) returns (or raises
    what it raises). What call returns or raises reaches the judge as it is."""

    def trial(*a, **k):
        seen = {}
        try:
            seen["second"] = {"returned": _plain(breaker.call(second))}
        except Exception as exc:
            seen["second"] = {"raised": describe_exception(exc)}
        try:
            seen["state"] = _plain(breaker.state)
        except Exception as exc:
            seen["state_raised"] = describe_exception(exc)
        report(seen)
        return fn(*a, **k)

    return breaker.call(trial, *args, **kwargs)


CONCURRENT_WAIT_S = 2.0  # how long a concurrent caller may take to be refused (it needs microseconds)


def call_with_concurrent_caller(breaker, fn, report, *args, **kwargs):
    """breaker.call(trial, *args, **kwargs), where trial starts another thread that calls
    breaker.call(other) and reads breaker.state, waits up to CONCURRENT_WAIT_S for it, sends what
    it saw to the judge's report ({"finished": False} if it was still waiting), then returns what
    the judge's fn(*args, **kwargs) returns (or raises what it raises). After the call the thread
    is given the same time to finish, so that nothing of it outlives this request."""
    box = {"other_ran": False}

    def other():
        box["other_ran"] = True
        return "the concurrent caller's reply"

    def caller():
        try:
            box["returned"] = _plain(breaker.call(other))
        except Exception as exc:
            box["raised"] = describe_exception(exc)
        try:
            box["state"] = _plain(breaker.state)
        except Exception as exc:
            box["state_raised"] = describe_exception(exc)

    thread = threading.Thread(target=caller, daemon=True)

    def trial(*a, **k):
        thread.start()
        thread.join(CONCURRENT_WAIT_S)
        report({"finished": not thread.is_alive(), **box})
        return fn(*a, **k)

    try:
        return breaker.call(trial, *args, **kwargs)
    finally:
        if thread.ident is not None:
            thread.join(CONCURRENT_WAIT_S)


# the default clock, driven from the judge -----------------------------------------------------------
def with_default_clock(failure_threshold, reset_timeout, steps):
    """CircuitBreaker(failure_threshold, reset_timeout) with no clock argument, then the steps:
    [time, "ok"] (a call of a fn that returns), [time, "fail"] (one that raises a new
    ProviderError), [time, "state"]. time.monotonic() returns the step's time. Returns
    {"results": [...]} — "returned", "raised" (the very ProviderError), "another exception",
    "refused" (CircuitOpenError) or the state — plus {"raised": description, "at": index} if a step
    raised something else."""
    _MONOTONIC["now"] = steps[0][0] if steps else 0.0
    cls = _solution()
    try:
        breaker = cls.CircuitBreaker(failure_threshold, reset_timeout)
    except Exception as exc:
        return {"results": [], "raised": describe_exception(exc), "at": -1}
    return _run_steps(breaker, cls.CircuitOpenError, steps, lambda t: _MONOTONIC.__setitem__("now", t))


def _run_steps(breaker, open_error, steps, set_time):
    results = []
    for i, (t, what) in enumerate(steps):
        set_time(t)
        raised = []

        def fn():
            if what == "fail":
                exc = ProviderError(f"provider unavailable (step {i})")
                raised.append(exc)
                raise exc
            return "reply"

        try:
            if what == "state":
                results.append(_plain(breaker.state))
            else:
                value = breaker.call(fn)
                results.append("returned" if value == "reply" else f"returned {_plain(value)}")
        except open_error:
            results.append("refused")
        except ProviderError as exc:
            results.append("raised" if raised and exc is raised[-1] else "another exception")
        except Exception as exc:
            return {"results": results, "raised": describe_exception(exc), "at": i}
    return {"results": results}


# the statement's examples, for `kata test` --------------------------------------------------------
def run(failure_threshold, reset_timeout, steps):
    """CircuitBreaker(failure_threshold, reset_timeout, clock=clock) with a plain clock that
    reads each step's time, then the steps: [time, "ok"] calls a fn that returns "reply",
    [time, "fail"] one that raises a new ProviderError, [time, "interrupt"] one that raises
    Interrupted (a BaseException, like KeyboardInterrupt), [time, "nested"] one that first calls
    breaker.call itself and then returns "reply", [time, "state"] reads breaker.state. Returns
    what each step gave, in order: "reply", "ProviderError (the very object)", "Interrupted (the
    very object)", "CircuitOpenError", the state, and for "nested" a pair (what the nested call
    gave, what the outer call gave)."""
    now = [steps[0][0] if steps else 0.0]
    cls = _solution()
    breaker = cls.CircuitBreaker(failure_threshold, reset_timeout, clock=lambda: now[0])
    results = []

    def outcome(fn):
        raised = []

        def tracked():
            try:
                return fn()
            except BaseException as exc:
                raised.append(exc)
                raise

        try:
            return _plain(breaker.call(tracked))
        except cls.CircuitOpenError:
            return "CircuitOpenError"
        except (ProviderError, Interrupted) as exc:
            same = " (the very object)" if raised and exc is raised[-1] else " (another object)"
            return type(exc).__name__ + same

    def fail():
        raise ProviderError("provider unavailable")

    def interrupt():
        raise Interrupted("Ctrl-C")

    def nested():
        nested.inner = outcome(lambda: "reply")
        return "reply"

    for t, what in steps:
        now[0] = t
        if what == "state":
            results.append(_plain(breaker.state))
        elif what == "nested":
            outer = outcome(nested)
            results.append([getattr(nested, "inner", None), outer])
        else:
            results.append(outcome({"ok": lambda: "reply", "fail": fail, "interrupt": interrupt}[what]))
    return results


# workloads ---------------------------------------------------------------------------------------------
def _drive(breaker, open_error, set_time, t, n, rng):
    """n calls, each followed by a state read (2n answers): the clock moves 0 … 1.875 s (eighths)
    before each call; in stretches of 64 calls the dependency is healthy (one call in eight
    fails) and down (seven in eight fail) in turn, so the circuit opens, refuses, tries, closes
    and opens again, as much in every run. Each answer: what the call returned (the call's index), -1 for the very ProviderError
    fn raised, -2 for another one, -3 for CircuitOpenError; then the state."""
    moves = rng.randbytes(n)
    last = [None]

    def fn(i, fail=False):
        if fail:
            last[0] = ProviderError(i)  # no local name: the frame in its traceback holds no cycle to it
            raise last[0]
        return i

    answers = []
    call = breaker.call
    for i, b in enumerate(moves):
        t += (b >> 4) / 8
        set_time(t)
        fail = (b & 7) != 0 if i & 64 else (b & 7) == 0
        try:
            answers.append(call(fn, i, fail=fail))
        except ProviderError as exc:
            answers.append(-1 if exc is last[0] else -2)
        except open_error:
            answers.append(-3)
        answers.append(breaker.state)
    return answers


def workload_calls(solution, n, rng):
    """Two breakers, n calls and n state reads each (4n operations in all), in every run: one on
    the default clock (time.monotonic, the judge's) and one on a clock passed in (a plain
    function), so that neither kind of clock escapes the measurement. Thresholds 1 to 8, reset
    timeouts 1/8 to 8 s, times in eighths of a second: exact in binary. Returns every answer."""
    open_error = solution.CircuitOpenError
    answers = []
    start = rng.randrange(1 << 20) / 8
    _MONOTONIC["now"] = start
    breaker = solution.CircuitBreaker(rng.randrange(1, 9), rng.randrange(1, 65) / 8)
    answers += _drive(breaker, open_error, lambda t: _MONOTONIC.__setitem__("now", t), start, n, rng)
    now = [rng.randrange(1 << 20) / 8]
    breaker = solution.CircuitBreaker(rng.randrange(1, 9), rng.randrange(1, 65) / 8, clock=lambda: now[0])
    answers += _drive(breaker, open_error, lambda t: now.__setitem__(0, t), now[0], n, rng)
    return answers


def workload_threshold(solution, n, rng):
    """One breaker with failure_threshold = n (reset timeout 1/8 to 8 s): four runs of n − 1 − r
    failures (r random, at most n/8), each ended by a success, so the count climbs close to the
    threshold and starts again; then n + 64 failures (the n-th opens the circuit, the rest are
    refused or failed trials), then 64 successes (a trial closes it): about 5n calls, and a state
    read after every eighth (few, so that the calls' own cost is what is measured). The clock
    moves 0 … 1.875 s before each call. Returns every answer, as workload_calls does."""
    open_error = solution.CircuitOpenError
    plan = []
    for _ in range(4):
        plan += [True] * (n - 1 - rng.randrange(n // 8 + 1))
        plan.append(False)
    plan += [True] * (n + 64) + [False] * 64
    moves = rng.randbytes(len(plan))
    now = [rng.randrange(1 << 20) / 8]
    breaker = solution.CircuitBreaker(n, rng.randrange(1, 65) / 8, clock=lambda: now[0])
    last = [None]

    def fn(i, fail=False):
        if fail:
            last[0] = ProviderError(i)  # no local name: the frame in its traceback holds no cycle to it
            raise last[0]
        return i

    answers = []
    call = breaker.call
    t = now[0]
    for i, fail in enumerate(plan):
        t += (moves[i] >> 4) / 8
        now[0] = t
        try:
            answers.append(call(fn, i, fail=fail))
        except ProviderError as exc:
            answers.append(-1 if exc is last[0] else -2)
        except open_error:
            answers.append(-3)
        if i & 7 == 7:
            answers.append(breaker.state)
    return answers
