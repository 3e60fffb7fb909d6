"""Compile error: the decorator is called `timed`, so the required name `timer` is missing."""

import functools
import logging
import time

logger = logging.getLogger("timer")


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            logger.error("%s failed: %s", func.__name__, exc)
            raise
        finally:
            logger.info("%s: %.4fs", func.__name__, time.perf_counter() - start)

    return wrapper
