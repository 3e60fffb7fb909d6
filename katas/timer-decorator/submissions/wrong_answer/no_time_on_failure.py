"""Wrong: a failed call logs its ERROR line but not its time (the INFO line is not in a finally block)."""

import functools
import logging
import time

logger = logging.getLogger("timer")


def timer(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            result = func(*args, **kwargs)
        except Exception as exc:
            logger.error("%s failed: %s", func.__name__, exc)
            raise
        logger.info("%s: %.4fs", func.__name__, time.perf_counter() - start)
        return result

    return wrapper
