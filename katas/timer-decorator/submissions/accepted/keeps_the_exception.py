"""Also accepted: the exception kept in a variable and logged in `finally`, after the time. The
exception's traceback holds this frame and the frame holds the exception: a reference cycle per
failed call, garbage that Python's cyclic collector frees, so it is not memory kept per call."""
import functools
import logging
import time

logger = logging.getLogger("timer")


def timer(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        error = None
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            error = exc
            raise
        finally:
            logger.info("%s: %.4fs", func.__name__, time.perf_counter() - start)
            if error is not None:
                logger.error("%s failed: %s", func.__name__, error)

    return wrapper
