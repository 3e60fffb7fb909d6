"""Runs in the solution process: a clock the judge controls, a capture of log
records, and the functions the hidden tests decorate with the submission's timer.

`install_fake_clock` runs before the submission is imported (kata.toml
`before_import`): from then on `time.perf_counter()` returns the judge's clock,
and `from time import perf_counter` in the submission gets it too. The clock
only moves while a decorated function "works", by exact binary fractions of a
second, so the elapsed time in every log message is known exactly.

Exceptions, identity and log records cannot cross to the judge, so the
scenarios below run the calls here and return plain data.
"""

import gc
import hashlib
import logging
import sys
import time

from kata_workload import describe_exception

_now = [1000.0]


def install_fake_clock():
    def perf_counter():
        return _now[0]

    time.perf_counter = perf_counter


class PaymentDeclined(Exception):
    """An exception class of the caller's own (not a builtin)."""


ERRORS = {
    "ValueError": ValueError,
    "KeyError": KeyError,
    "RuntimeError": RuntimeError,
    "ZeroDivisionError": ZeroDivisionError,
    "PaymentDeclined": PaymentDeclined,
}

_calls = []  # what the undecorated function received, one entry per call


def compute(value, *extra, seconds=0.0, error=None, **options):
    """Return value itself after `seconds` on the clock; raise `error` instead if given."""
    _calls.append((extra, options))
    _now[0] += seconds
    if error is not None:
        raise error
    return value


# log capture ------------------------------------------------------------------------
class _Capture(logging.Handler):
    """Attached to the root logger and to "timer": every record once, formatted when emitted."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.seen = []
        self.records = []

    def emit(self, record):
        if any(r is record for r in self.seen):
            return  # reached both handlers (on "timer", then on the root by propagation)
        self.seen.append(record)
        if record.levelno < logging.INFO:
            return
        try:
            message = record.getMessage()
        except Exception as exc:
            message = f"<a message that could not be formatted: {type(exc).__name__}: {exc}>"
        self.records.append([record.name, record.levelname, message])


class _Capturing:
    """While inside, every record from INFO up on any logger is captured (levels left NOTSET reach it)."""

    def __enter__(self):
        self.handler = _Capture()
        self.root = logging.getLogger()
        self.loggers = (self.root, logging.getLogger("timer"))
        self.saved_level = self.root.level
        self.root.setLevel(logging.DEBUG)
        for logger in self.loggers:
            logger.addHandler(self.handler)
        return self.handler

    def __exit__(self, *exc):
        for logger in self.loggers:
            logger.removeHandler(self.handler)
        self.root.setLevel(self.saved_level)
        return False


# scenarios ----------------------------------------------------------------------------
def _timer():
    return sys.modules["solution"].timer


def _make_error(spec):
    if spec is None:
        return None
    name, message = spec
    cls = ERRORS[name]
    return cls() if message is None else cls(message)


def _run_one(fn, spec):
    """One call of the decorated fn, described as plain data."""
    error = _make_error(spec.get("error"))
    args = list(spec.get("args", []))
    value = args[0] if args else None
    kwargs = dict(spec.get("kwargs", {}))
    before = len(_calls)
    outcome = {}
    with _Capturing() as capture:
        try:
            result = fn(*args, seconds=spec.get("seconds", 0.0), error=error, **kwargs)
        except Exception as exc:
            if error is None:
                outcome["crashed"] = describe_exception(exc)
            else:
                outcome.update(raised=type(exc).__name__, message=str(exc), same_object=exc is error)
        else:
            outcome.update(returned=result if _plain(result) else repr(result), same_object=result is value)
    received = _calls[before:]
    outcome["call"] = _describe(spec)
    outcome["times_called"] = len(received)
    outcome["received"] = [[list(a), dict(o)] for a, o in received]
    outcome["records"] = capture.records
    return outcome


def _describe(spec):
    """compute(41, seconds=0.25) raising ValueError('bad input'): the call as the learner reads it."""
    parts = [repr(a) for a in spec.get("args", [])]
    parts += [f"{k}={v!r}" for k, v in spec.get("kwargs", {}).items()]
    text = f"compute({', '.join(parts)})"
    seconds = spec.get("seconds", 0.0)
    text += f", which ran {seconds!r} s on time.perf_counter()"
    if spec.get("error") is not None:
        name, message = spec["error"]
        text += f" and raised {name}({'' if message is None else repr(message)})"
    return text


def _plain(value):
    return value is None or type(value) in (bool, int, float, str, list, tuple, dict)


def run_calls(calls):
    """Decorate compute once, then make each call: what it returned or raised, and what was logged."""
    fn = _timer()(compute)
    return [_run_one(fn, spec) for spec in calls]


def decoration_effects():
    """Decorating alone must neither call the function nor log anything."""
    before = len(_calls)
    with _Capturing() as capture:
        _timer()(compute)
    return {"times_called": len(_calls) - before, "records": capture.records}


def metadata():
    """The wrapper's __name__, __qualname__, __doc__, __module__ next to the original's; and __wrapped__."""
    fn = _timer()(compute)
    missing = object()
    found = {}
    for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
        got = getattr(fn, attr, missing)
        found[attr] = ["(missing)" if got is missing else got if _plain(got) else repr(got), getattr(compute, attr)]
    wrapped = getattr(fn, "__wrapped__", missing)
    found["__wrapped__"] = "missing" if wrapped is missing else "the original" if wrapped is compute else "another object"
    return found


_method_capture = []


def Counter():
    """An instance of a class whose method `add` the submission's timer decorates:
    add(amount, *, seconds=0.0) adds amount to .total and returns the new total.
    Starts capturing log records for `method_records()`."""

    def add(self, amount, *, seconds=0.0):
        _now[0] += seconds
        self.total += amount
        return self.total

    add.__qualname__ = "Counter.add"

    def __init__(self):
        self.total = 0

    cls = type("Counter", (), {"__init__": __init__, "add": _timer()(add), "__module__": __name__})
    while _method_capture:
        _method_capture.pop().__exit__(None, None, None)
    capture = _Capturing()
    capture.__enter__()
    _method_capture.append(capture)
    return cls()


def method_records():
    """The records logged since the last Counter() or method_records() call."""
    if not _method_capture:
        return []
    records = list(_method_capture[0].handler.records)
    _method_capture[0].handler.records.clear()
    return records


# the workload the performance group measures -----------------------------------------
_raised = [None]


def work(i, ticks, fail):
    """Return i after ticks/1024 s on the judge's clock, or raise a new ValueError."""
    _now[0] += ticks / 1024
    if fail:
        _raised[0] = ValueError(f"bad {i}")
        raise _raised[0]  # not through a local: the traceback holds this frame, and a local would make a cycle
    return i


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.messages = []

    def emit(self, record):
        try:
            self.messages.append([record.levelname, record.getMessage()])
        except Exception as exc:
            self.messages.append([record.levelname, f"<unformattable: {type(exc).__name__}>"])


def workload_calls(solution, n, rng):
    """timer(work) made once, then n calls of it, each running 0 to 255/1024 s on the judge's
    clock, one in ten raising a new ValueError. Returns what each call returned (or whether it
    re-raised the very exception work raised) and every message logged on "timer" (each
    call's own messages sorted: the contract leaves their order free)."""
    ticks = rng.randbytes(n)
    fails = rng.randbytes(n)
    decorated = solution.timer(work)
    logger = logging.getLogger("timer")
    handler = _Collect()
    saved = logger.level, logger.propagate
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(handler)
    answers = []
    messages = handler.messages
    try:
        for i in range(n):
            start = len(messages)
            try:
                answers.append(decorated(i, ticks[i], fails[i] < 26))
            except ValueError as exc:
                answers.append(["raised the same object", exc is _raised[0]])
            if len(messages) - start > 1:  # a call's own records, in either order
                messages[start:] = sorted(messages[start:])
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]
    return [answers, messages]


# the workload the space group measures ------------------------------------------------
class _Digest(logging.Handler):
    """Folds every message into a digest, each call's own messages sorted (their order is free):
    the messages of n calls are checked without keeping n of them."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.pending = []
        self.digest = hashlib.blake2b(digest_size=16)

    def emit(self, record):
        try:
            self.pending.append(f"{record.levelname} {record.getMessage()}")
        except Exception as exc:
            self.pending.append(f"{record.levelname} <unformattable: {type(exc).__name__}>")

    def end_of_call(self):
        for message in sorted(self.pending):
            self.digest.update(message.encode("utf-8", "backslashreplace") + b"\n")
        self.digest.update(b"--\n")
        self.pending.clear()


_MOD = (1 << 61) - 1


def workload_space(solution, n, rng):
    """Space: timer(work) made once, then n calls of it, each with its own argument (an int of
    the inputs, returned by work), running 0 to 255/1024 s on the judge's clock, one in ten
    raising a new ValueError. The inputs (n ints, and two random bytes a call) are built before
    the calls: the largest, at 262,144 calls, take about 10 MB. Each result (or whether the very
    exception was re-raised) is folded into one running hash and every message into a digest,
    so the answers take no memory that grows with n (a result counts only if it is the very
    object work returned): a wrapper that keeps something for every call (a list of timings) is
    all that grows. The judge runs the calls with the cyclic garbage collector off, and a failed
    call's exception, its traceback and the frames it holds make a cycle as soon as one of those
    frames keeps the exception in a variable (`error = exc`): garbage Python would free, so the
    youngest generation is collected every 1,024 calls, as Python itself would."""
    values = rng.choices(range(1 << 16, 1 << 17), k=n)
    ticks = rng.randbytes(n)
    fails = rng.randbytes(n)
    yield
    decorated = solution.timer(work)
    logger = logging.getLogger("timer")
    handler = _Digest()
    saved = logger.level, logger.propagate
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(handler)
    fold = 0
    try:
        for i, value in enumerate(values):
            try:
                code = value if decorated(value, ticks[i], fails[i] < 26) is value else 0
            except ValueError as exc:
                code = -1 if exc is _raised[0] else -2
            _raised[0] = None
            fold = (fold * 1_000_003 + code) % _MOD
            handler.end_of_call()
            if i % 1024 == 1023:
                gc.collect(0)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]
    _raised[0] = None
    return [fold, handler.digest.hexdigest()]
