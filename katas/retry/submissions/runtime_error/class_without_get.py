"""Runtime error: the wrapper is an object of a class with __call__ but no __get__, so on a method
the instance is never bound: client.fetch("k") calls fetch("k"), and fetch is missing an argument."""

import functools
import logging
import time

logger = logging.getLogger("retry")


def _is_exception_class(value):
    return isinstance(value, type) and issubclass(value, Exception)


class Retrying:
    def __init__(self, func, attempts, exceptions, delay, backoff, sleep):
        functools.update_wrapper(self, func)
        self.func, self.attempts, self.exceptions = func, attempts, exceptions
        self.delay, self.backoff, self.sleep = delay, backoff, sleep

    def __call__(self, *args, **kwargs):
        name = self.func.__qualname__
        for attempt in range(1, self.attempts + 1):
            try:
                return self.func(*args, **kwargs)
            except self.exceptions as exc:
                if attempt == self.attempts:
                    logger.error("%s: giving up after %d attempts", name, self.attempts)
                    raise
                logger.warning("%s: attempt %d of %d failed: %r", name, attempt, self.attempts, exc)
            self.sleep(self.delay * self.backoff ** (attempt - 1))


def retry(attempts, exceptions, *, delay=0.0, backoff=2.0, sleep=time.sleep):
    if not (_is_exception_class(exceptions) or (
            type(exceptions) is tuple and exceptions and all(map(_is_exception_class, exceptions)))):
        raise ValueError("exceptions must be an Exception subclass or a non-empty tuple of them")
    if attempts < 1 or delay < 0 or backoff < 1:
        raise ValueError("attempts >= 1, delay >= 0 and backoff >= 1")
    return lambda func: Retrying(func, attempts, exceptions, delay, backoff, sleep)
