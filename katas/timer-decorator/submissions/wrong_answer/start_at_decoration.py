"""Wrong: the start time is taken once, when the function is decorated, so each call logs the time since then."""

import functools
import logging
import time

logger = logging.getLogger("timer")


def timer(func):
    start = time.perf_counter()

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            logger.error("%s failed: %s", func.__name__, exc)
            raise
        finally:
            logger.info("%s: %.4fs", func.__name__, time.perf_counter() - start)

    return wrapper
