"""Runtime error: a class used as the decorator without __get__, so on a method `self` is never passed."""

import functools
import logging
import time

logger = logging.getLogger("timer")


class timer:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func

    def __call__(self, *args, **kwargs):
        start = time.perf_counter()
        try:
            return self.func(*args, **kwargs)
        except Exception as exc:
            logger.error("%s failed: %s", self.func.__name__, exc)
            raise
        finally:
            logger.info("%s: %.4fs", self.func.__name__, time.perf_counter() - start)
