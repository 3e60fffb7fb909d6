"""Wrong: logs only after a successful return, so a failing call is neither timed nor reported."""

import functools
import logging
import time

logger = logging.getLogger("timer")


def timer(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        logger.info("%s: %.4fs", func.__name__, time.perf_counter() - start)
        return result

    return wrapper
