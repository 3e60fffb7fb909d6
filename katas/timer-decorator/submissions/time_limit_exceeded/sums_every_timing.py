"""Too slow: keeps every call's time in a list and recomputes the total and the mean with
sum() after each call, so the n-th call costs O(n) and the overhead per call grows with the
number of calls made, where O(1) is required (keep a running total instead)."""

import functools
import logging
import time

logger = logging.getLogger("timer")


def timer(func):
    timings = []

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            logger.error("%s failed: %s", func.__name__, exc)
            raise
        finally:
            elapsed = time.perf_counter() - start
            timings.append(elapsed)
            wrapper.total = sum(timings)
            wrapper.mean = wrapper.total / len(timings)
            logger.info("%s: %.4fs", func.__name__, elapsed)

    wrapper.timings = timings
    return wrapper
