"""Wrong: no functools.wraps, so the wrapper is called "wrapper", has no docstring and no __wrapped__."""

import logging
import time

logger = logging.getLogger("timer")


def timer(func):
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
