"""Reference: functools.wraps, perf_counter around the call, the failure logged in
`except`, the time logged in `finally`, and a bare `raise`."""

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
            raise
        finally:
            elapsed = time.perf_counter() - start
            logger.info("%s: %.4fs", func.__name__, elapsed)

    return wrapper
