"""Wrong: wraps the failure in a new RuntimeError instead of re-raising the function's own exception."""

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
            logger.error("%s failed: %s", func.__name__, exc)
            raise RuntimeError(f"{func.__name__} failed") from exc
        finally:
            logger.info("%s: %.4fs", func.__name__, time.perf_counter() - start)

    return wrapper
