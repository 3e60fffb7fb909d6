"""Runs in the solution process: the default clock, replaced by one the judge sets, and the
workloads the performance group measures.

`install_fake_monotonic` runs before the submission is imported (kata.toml `before_import`):
from then on `time.monotonic` returns the time this module sets, and counts its reads, so a
default `clock=time.monotonic` bound when the submission's file is imported is the judge's
clock too, and no test ever depends on real time. (The hidden tests' own clocks are Callbacks,
in the judge's process; this one is for the default and for the measurements, which cannot
call back into the judge.)
"""

import sys
import time

from kata_workload import describe_exception

_MONOTONIC = {"now": 0.0, "reads": 0}


def install_fake_monotonic():
    """time.monotonic returns _MONOTONIC["now"] and counts its reads."""

    def monotonic():
        _MONOTONIC["reads"] += 1
        return _MONOTONIC["now"]

    monotonic.__module__ = "time"
    monotonic.__qualname__ = "monotonic"
    time.monotonic = monotonic


def _bucket_class():
    return sys.modules["solution"].TokenBucket


def _run_steps(bucket, steps, set_time):
    """steps: [time, "try_consume", n] (n None: no argument), [time, "available"]. Returns the
    results, or stops at the first exception: {"results", "raised", "at"}."""
    results = []
    for i, (t, op, *args) in enumerate(steps):
        set_time(t)
        try:
            if op == "try_consume":
                results.append(bucket.try_consume() if args == [None] else bucket.try_consume(*args))
            else:
                results.append(bucket.available())
        except Exception as exc:
            return {"results": results, "raised": describe_exception(exc), "at": i}
    return {"results": results}


def with_default_clock(rate, capacity, start, steps):
    """TokenBucket(rate, capacity) with no clock argument, at time.monotonic() == start, then the
    steps. Returns {"constructor_reads", "results"} (plus "raised" and "at" if a step raised),
    or {"raised"} if the constructor did."""
    _MONOTONIC["now"] = start
    _MONOTONIC["reads"] = 0
    try:
        bucket = _bucket_class()(rate, capacity)
    except Exception as exc:
        return {"raised": describe_exception(exc)}
    report = {"constructor_reads": _MONOTONIC["reads"]}
    report.update(_run_steps(bucket, steps, lambda t: _MONOTONIC.__setitem__("now", t)))
    return report


def run(rate, capacity, steps):
    """For `kata test` (the statement's examples): TokenBucket(rate, capacity, clock=clock) with a
    plain local clock, then steps [time, "try_consume", n] or [time, "available"]; the clock
    reads the step's time. Returns the results in order. The bucket is made at the first
    step's time."""
    now = [steps[0][0] if steps else 0.0]
    bucket = _bucket_class()(rate, capacity, clock=lambda: now[0])
    results = []
    for t, op, *args in steps:
        now[0] = t
        results.append(bucket.try_consume(*args) if op == "try_consume" else bucket.available())
    return results


# workloads ---------------------------------------------------------------------------------------
def _drive(bucket, set_time, t, n, rng):
    """n steps: the clock moves by -0.5 … +1.375 s (in eighths; backwards one step in four),
    then try_consume(0.25 … 4.0) and available(). Returns their answers, 2n of them."""
    moves = rng.randbytes(n)
    answers = []
    consume, available = bucket.try_consume, bucket.available
    for b in moves:
        t += ((b & 15) - 4) / 8
        set_time(t)
        answers.append(consume(((b >> 4) + 1) / 4))
        answers.append(available())
    return answers


def workload_calls(solution, n, rng):
    """Two buckets, n steps each (try_consume and available: 4n calls in all), in every run: one
    with the default clock (time.monotonic, the judge's) and one with a clock passed in (a plain
    function), so that neither kind of clock escapes the measurement. Rates are powers of two
    from 1/8 to 64 per second, capacities 0.25 to 64, times in eighths of a second: everything
    exact in binary. Returns every answer."""
    answers = []
    # the default clock
    start = rng.randrange(1 << 20) / 8
    _MONOTONIC["now"] = start
    bucket = solution.TokenBucket(2.0 ** rng.randrange(-3, 7), rng.randrange(1, 257) / 4)
    answers += _drive(bucket, lambda t: _MONOTONIC.__setitem__("now", t), start, n, rng)
    # a clock of the caller's
    now = [rng.randrange(1 << 20) / 8]

    def clock():
        return now[0]

    bucket = solution.TokenBucket(2.0 ** rng.randrange(-3, 7), rng.randrange(1, 257) / 4, clock=clock)
    answers += _drive(bucket, lambda t: now.__setitem__(0, t), now[0], n, rng)
    return answers


def workload_idle(solution, n, rng):
    """O(1) per call however long the bucket sat idle: 256 steps, each after a pause of up to 2n
    seconds (in eighths), on a bucket with a clock passed in, rate 1/8 to 1 and capacity 4n (so
    the refill is not capped away at once). A refill that walks the elapsed time second by second
    costs O(n) per call here. Returns every answer."""
    now = [rng.randrange(1 << 20) / 8]

    def clock():
        return now[0]

    bucket = solution.TokenBucket(2.0 ** rng.randrange(-3, 1), float(4 * n), clock=clock)
    answers = []
    for _ in range(256):
        now[0] += rng.randrange(16 * n + 1) / 8
        answers.append(bucket.try_consume(rng.randrange(1, 8 * n) / 4))
        answers.append(bucket.available())
    return answers
