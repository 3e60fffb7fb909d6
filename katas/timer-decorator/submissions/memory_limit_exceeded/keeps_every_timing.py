"""Too much memory: keeps every call's time in a list "for statistics", and logs the last one.
Each call appends once and reads the last item, so the overhead per call stays O(1); but the
list grows by one float per call, for as long as the decorated function lives, where a timer
must keep nothing that grows with the number of calls."""

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
            timings.append(time.perf_counter() - start)
            logger.info("%s: %.4fs", func.__name__, timings[-1])

    wrapper.timings = timings
    return wrapper
