"""Runs in the solution process: the judge's own exception classes, a function that fails as a
script says, a sleep that records its waits instead of sleeping, and a capture of log records.

Exceptions, identity, sleeps and log records cannot cross to the judge, so the scenarios run
here and return plain data: for every call of the decorated function, what happened in order
(each run of the function, each sleep, each log record), what the call returned or raised (and
whether it was the very object the function returned or raised, on which attempt), and what
arguments each run received. The judge's process compares that with its model of the contract
(tests/conftest.py).

`install_fake_sleep` runs before the submission is imported (kata.toml `before_import`): from
then on `time.sleep` records instead of sleeping, so a default `sleep=time.sleep` bound when the
submission's file is imported is the judge's recorder too, and no test ever really sleeps.
"""

import logging
import sys
import time

from kata_workload import describe_exception


class TransientError(Exception):
    """A failure of the caller's own kind that is worth retrying."""


class RateLimited(TransientError):
    """A subclass of TransientError: retried wherever TransientError is listed."""


class PermanentError(Exception):
    """A failure of the caller's own kind that is not worth retrying."""


# the classes a script may raise or a scenario may list (exactly these names in tests/conftest.py)
EXCEPTIONS = {
    cls.__name__: cls
    for cls in (TransientError, RateLimited, PermanentError, ConnectionError, ConnectionResetError, TimeoutError,
                OSError, ValueError, KeyError, LookupError, ZeroDivisionError, Exception)
}
# classes that are not Exception subclasses, for the argument checks only
NOT_EXCEPTIONS = {
    cls.__name__: cls for cls in (BaseException, KeyboardInterrupt, SystemExit, GeneratorExit, int, object)
}


class Response:
    """What fetch returns: a fresh object each time, so that identity can be checked."""

    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Response({self.n})"


# the recorder ---------------------------------------------------------------------------
_now = {"events": None, "default": False}  # the call running now: its events, and whether time.sleep is its sleep


def _number(value):
    return value if type(value) in (int, float) else repr(value)[:100]


def install_fake_sleep():
    """time.sleep records instead of sleeping (and does nothing outside a scenario)."""

    def sleep(seconds, /):
        events = _now["events"]
        if events is not None:
            events.append(["sleep" if _now["default"] else "time.sleep", _number(seconds)])

    sleep.__module__ = "time"
    time.sleep = sleep


def _judges_sleep():
    """The sleep a scenario hands to retry(...): records the wait of the call running now."""

    def sleep(seconds, /):
        events = _now["events"]
        if events is not None:
            events.append(["sleep", _number(seconds)])

    return sleep


# log capture -------------------------------------------------------------------------------
class _Capture(logging.Handler):
    """On the root logger and on "retry": every record once, at every level, into the events."""

    def __init__(self):
        super().__init__(logging.NOTSET)
        self.seen = []

    def emit(self, record):
        if any(r is record for r in self.seen):
            return  # reached both handlers (on "retry", then on the root by propagation)
        self.seen.append(record)
        events = _now["events"]
        if events is None:
            return
        try:
            message = record.getMessage()
        except Exception as exc:
            message = f"<a message that could not be formatted: {type(exc).__name__}: {exc}>"
        try:
            level = [str(record.name), str(record.levelname), int(record.levelno)]
        except Exception:
            level = ["?", "?", 0]
        events.append(["log", *level, str(message)[:500]])


class _Capturing:
    """While inside, every record on any logger (levels left NOTSET reach it) goes into `events`."""

    def __init__(self, events, default_sleep=False):
        self.events = events
        self.default_sleep = default_sleep

    def __enter__(self):
        self.handler = _Capture()
        self.root = logging.getLogger()
        self.loggers = (self.root, logging.getLogger("retry"))
        self.saved_level = self.root.level
        self.root.setLevel(1)
        for logger in self.loggers:
            logger.addHandler(self.handler)
        _now["events"], _now["default"] = self.events, self.default_sleep
        return self

    def __exit__(self, *exc):
        _now["events"], _now["default"] = None, False
        for logger in self.loggers:
            logger.removeHandler(self.handler)
        self.root.setLevel(self.saved_level)
        return False


# building retry(...)'s arguments ------------------------------------------------------------
def _exceptions(spec):
    """"Name" is that class; a list is a tuple of what its items build; {"list": [...]} a list,
    {"instance": "Name"} an instance of the class, {"value": v} the plain value v."""
    if type(spec) is str:
        return EXCEPTIONS.get(spec) or NOT_EXCEPTIONS[spec]
    if type(spec) in (list, tuple):
        return tuple(_exceptions(item) for item in spec)
    if "list" in spec:
        return [_exceptions(item) for item in spec["list"]]
    if "instance" in spec:
        return _exceptions(spec["instance"])("an instance")
    return spec["value"]


def _retry_arguments(spec, sleep):
    args = (spec["attempts"], _exceptions(spec["exceptions"]))
    kwargs = {k: spec[k] for k in ("delay", "backoff") if k in spec}
    if spec.get("sleep", "given") == "given":
        kwargs["sleep"] = sleep
    return args, kwargs


def _retry():
    return sys.modules["solution"].retry


# the scripted function -------------------------------------------------------------------------
class _Script:
    """What fetch does on each run: raise a new exception of a listed name, or return a new Response."""

    def __init__(self):
        self.entries = []
        self.raised = []  # every exception object fetch raised in the current call, by run
        self.returned = []
        self.received = []
        self.runs = 0
        self.responses = 0

    def start(self, entries):
        self.entries, self.raised, self.returned, self.received, self.runs = list(entries), [], [], [], 0

    def run(self, received):
        self.runs += 1
        self.received.append(received)
        events = _now["events"]
        if events is not None:
            events.append(["run", self.runs])
        entry = self.entries[self.runs - 1] if self.runs <= len(self.entries) else None
        if entry is None:
            self.responses += 1
            value = Response(self.responses)
            self.returned.append(value)
            self.raised.append(None)
            return value
        name, message = entry
        exc = EXCEPTIONS[name]() if message is None else EXCEPTIONS[name](message)
        self.raised.append(exc)
        self.returned.append(None)
        raise exc


def _plain(value):
    if value is None or type(value) in (bool, int, float, str):
        return value
    if type(value) in (list, tuple):
        return [_plain(v) for v in value]
    if type(value) is dict and all(type(k) is str for k in value):
        return {k: _plain(v) for k, v in value.items()}
    return repr(value)[:100]


def _make_function(script, qualname):
    def fetch(*args, **kwargs):
        return script.run([_plain(list(args)), _plain(dict(kwargs))])

    fetch.__qualname__ = qualname
    fetch.__name__ = qualname.rsplit(".", 1)[-1]
    fetch.__doc__ = "Fetch a page (the judge's function: it fails as the test's script says)."
    return fetch


def _make_client_class(script, decorator):
    """A class whose method fetch(self, key, *, timeout=1.0) the submission's decorator wraps."""
    instances = []

    def fetch(self, key, *, timeout=1.0):
        return script.run([["self" if any(self is i for i in instances) else "another object", _plain(key)],
                           {"timeout": _plain(timeout)}])

    fetch.__qualname__ = "Client.fetch"
    fetch.__doc__ = "Fetch a key (the judge's method: it fails as the test's script says)."

    def __init__(self):
        instances.append(self)

    return type("Client", (), {"__init__": __init__, "fetch": decorator(fetch), "__module__": __name__})


def _safe_repr(value):
    try:
        return repr(value)[:300]
    except Exception:
        return f"<a {type(value).__name__} whose repr failed>"


def _result(script, kind, value):
    """What one call returned or raised, next to what fetch returned or raised on each run."""
    mine = script.raised if kind == "raised" else script.returned
    run = next((k + 1 for k, obj in enumerate(mine) if obj is value and value is not None), None)
    result = {"kind": kind, "type": type(value).__name__, "repr": _safe_repr(value), "run": run}
    if kind == "raised":
        result["describe"] = describe_exception(value)
    return result


# scenarios ---------------------------------------------------------------------------------------
def run_scenario(spec):
    """Decorate a fresh fetch (or a method Client.fetch) with retry(...) as `spec` says, then make
    each of spec["calls"] on it: [{"script": [entry, ...], "args": [...], "kwargs": {...}}, ...],
    an entry being [exception name, message or None] or None (return a new Response).
    Returns {"setup": events or a description of what retry(...) raised, "calls": [...]}"""
    script = _Script()
    sleep = _judges_sleep()
    default = spec.get("sleep", "given") != "given"
    setup = []
    with _Capturing(setup, default):
        try:
            args, kwargs = _retry_arguments(spec, sleep)
            decorator = _retry()(*args, **kwargs)
            if spec.get("method"):
                client = _make_client_class(script, decorator)()
                target = client.fetch
            else:
                target = decorator(_make_function(script, spec.get("qualname", "fetch")))
        except Exception as exc:
            return {"setup_raised": describe_exception(exc), "setup": setup}
    calls = []
    for call in spec["calls"]:
        events = []
        script.start(call["script"])
        with _Capturing(events, default):
            try:
                value = target(*call.get("args", []), **call.get("kwargs", {}))
            except Exception as exc:
                result = _result(script, "raised", exc)
            else:
                result = _result(script, "returned", value)
        calls.append({"events": events, "result": result, "received": script.received})
    return {"setup": setup, "calls": calls}


def check_arguments(spec):
    """Call retry(...) with the arguments `spec` describes (see _exceptions); if it raises nothing,
    decorate a function and call it once, to say whether an exception came later, and where."""
    events = []
    with _Capturing(events):
        args, kwargs = _retry_arguments(spec, _judges_sleep())
        try:
            decorator = _retry()(*args, **kwargs)
        except Exception as exc:
            return {"raised": describe_exception(exc)}
        later, decorated = None, None
        script = _Script()
        script.start([["TransientError", "later"], None])
        try:
            decorated = decorator(_make_function(script, "fetch"))
            decorated()
        except Exception as exc:
            where = "when decorating" if decorated is None else "when the decorated function was called"
            later = [where, type(exc).__name__]
    return {"returned": f"a {type(decorator).__name__}", "later": later}


def metadata():
    """The wrapper's __name__, __qualname__, __doc__, __module__ next to fetch's own, and __wrapped__."""
    script = _Script()
    fetch = _make_function(script, "fetch")
    wrapper = _retry()(2, TransientError, sleep=_judges_sleep())(fetch)
    missing = object()
    found = {}
    for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
        got = getattr(wrapper, attr, missing)
        found[attr] = ["(missing)" if got is missing else _plain(got), getattr(fetch, attr)]
    wrapped = getattr(wrapper, "__wrapped__", missing)
    found["__wrapped__"] = "missing" if wrapped is missing else "the original" if wrapped is fetch else "another object"
    return found



# the statement's examples, for `kata test` -----------------------------------------------------
def try_retry(attempts, exceptions, script, delay=0.0, backoff=2.0):
    """retry(attempts, <the named classes>, delay=…, backoff=…, sleep=<a recorder>) on a fresh
    fetch that raises or returns as `script` says ([name, message] per run, None: return "page"),
    called once. What happened, as the statement's examples write it: what the call gave, the
    waits, and the 'retry' logger's records."""
    classes = EXCEPTIONS[exceptions] if type(exceptions) is str else tuple(EXCEPTIONS[e] for e in exceptions)
    waits, records = [], []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(f"{record.levelname} {record.getMessage()}")

    raised = []

    def fetch(url):
        entry = script[len(raised)] if len(raised) < len(script) else None
        if entry is None:
            return "page"
        exc = EXCEPTIONS[entry[0]](entry[1])
        raised.append(exc)
        raise exc

    fetch.__qualname__ = "fetch"
    logger = logging.getLogger("retry")
    handler, level = Keep(logging.DEBUG), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        wrapped = _retry()(attempts, classes, delay=delay, backoff=backoff, sleep=waits.append)(fetch)
        try:
            result = f"returned {wrapped('/home')!r}"
        except Exception as exc:
            same = " (the very object)" if raised and exc is raised[-1] else ""
            result = f"raised {exc!r}{same}"
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return {"result": result, "waits": waits, "log": records}


def retry_refuses(attempts, exceptions, delay=0.0, backoff=2.0):
    """retry(attempts, exceptions, …) with exceptions described as in _exceptions ("Name",
    a list for a tuple, {"list": [...]} for a list): the name of what it raised, or "nothing"."""
    try:
        _retry()(attempts, _exceptions(exceptions), delay=delay, backoff=backoff)
    except Exception as exc:
        return type(exc).__name__
    return "nothing"
