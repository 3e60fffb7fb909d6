"""Also accepted: a class as the decorator (update_wrapper on the instance, __get__ for
methods), `from time import perf_counter`, the time logged before the failure, logger.exception."""

import functools
import logging
import types
from time import perf_counter

log = logging.getLogger("timer")


class timer:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func

    def __get__(self, instance, owner=None):
        return self if instance is None else types.MethodType(self, instance)

    def __call__(self, *args, **kwargs):
        name = self.func.__name__
        start = perf_counter()
        try:
            result = self.func(*args, **kwargs)
        except Exception as exc:
            log.info(f"{name}: {perf_counter() - start:.4f}s")
            log.exception(f"{name} failed: {exc}")
            raise
        log.info(f"{name}: {perf_counter() - start:.4f}s")
        return result
