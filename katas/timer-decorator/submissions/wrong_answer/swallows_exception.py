"""Wrong: "handles exceptions gracefully" read as "hide them": the failure is logged and the call returns None."""

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
            return None
        finally:
            logger.info("%s: %.4fs", func.__name__, time.perf_counter() - start)

    return wrapper
