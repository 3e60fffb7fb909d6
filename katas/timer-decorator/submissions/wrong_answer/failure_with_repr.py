"""Wrong: the failure line shows repr(exc) ("ValueError('bad input')") where the contract says str(exc) ("bad input")."""

import functools
import logging
import time

logger = logging.getLogger("timer")


def timer(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            logger.error(f"{func.__name__} failed: {exc!r}")
            raise
        finally:
            logger.info(f"{func.__name__}: {time.perf_counter() - start:.4f}s")

    return wrapper
