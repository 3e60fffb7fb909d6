"""Helpers for a kata's workloads (support.py), in the solution process.

A workload is `workload_<name>(solution, n, rng)`: it builds inputs of size n from `rng`
(a `random.Random` the judge seeds per measurement), calls the submission, and returns every
answer it got; the judge compares a digest of them with the reference's on the same inputs.
A workload that `yield`s once separates building its inputs from the calls (the space group
reads the memory the inputs take at that point). Return answers, never discard them: an
answer the judge does not see is an answer a submission may fake while it is measured.
"""

from __future__ import annotations


def _order(value):
    return (type(value).__name__, repr(value))


def unordered(items):
    """A list whose order the contract leaves free, in one canonical order (anything that is
    not a list is returned as it is, so the digest still tells it apart)."""
    if type(items) is not list:
        return items
    try:
        return sorted(items, key=_order)
    except Exception:  # a rigged repr: the digest will differ, which is the submission's own doing
        return items


def describe_exception(exc: BaseException) -> dict:
    """An exception the submission raised, as the judge describes one (type, mro, message and the
    lines of the submission's own file): `judge.testing.RemoteError(report, call)` re-raises it."""
    import sys
    import traceback

    path = getattr(sys.modules.get("solution"), "__file__", None)
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == path]
    try:
        mro = [c.__name__ for c in type(exc).__mro__]
    except Exception:
        mro = []
    try:
        message = str(exc)[:2000]
    except Exception:
        message = "<unprintable>"
    return {
        "type": type(exc).__name__,
        "mro": mro,
        "message": message,
        "traceback": "\n".join(f"  line {f.lineno}, in {f.name}: {(f.line or '').strip()}" for f in frames[-6:]),
        "recursion": isinstance(exc, RecursionError),
    }


def call_guarded(fn, *args, timeout: float, **kwargs) -> dict:
    """Call `fn` in a daemon thread with its own timeout, for a check inside the solution
    process (a deadlock, a lock never released): {"returned": value} (plain data or repr),
    {"raised": describe_exception(...)} or {"hung": True}. The judge's own per-call timer still
    bounds the whole request; this one lets a kata say *which* call hung."""
    import threading

    outcome: dict = {}

    def call():
        try:
            value = fn(*args, **kwargs)
        except BaseException as exc:  # the submission's exception, whatever it is
            outcome["raised"] = describe_exception(exc)
        else:
            plain = value is None or type(value) in (bool, int, float, str)
            outcome["returned"] = value if plain else repr(value)[:200]

    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        return {"hung": True}
    return outcome
