"""Wrong: times the call with time.time(), the wall clock, instead of time.perf_counter()."""

import functools
import logging
import time

logger = logging.getLogger("timer")


def timer(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.time()
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            logger.error("%s failed: %s", func.__name__, exc)
            raise
        finally:
            logger.info("%s: %.4fs", func.__name__, time.time() - start)

    return wrapper
