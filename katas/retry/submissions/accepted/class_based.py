"""Also accepted: a class as the decorator (update_wrapper on the instance, __get__ for methods),
the waits computed by multiplying as it goes, f-string messages, logger.exception-free logging,
`from time import sleep` as the default, and a while loop with the failure kept outside it."""

import functools
import logging
import types
from time import sleep as _sleep

log = logging.getLogger("retry")


class _Policy:
    def __init__(self, attempts, exceptions, delay, backoff, sleep):
        if isinstance(exceptions, tuple):
            classes = exceptions
        elif isinstance(exceptions, type):
            classes = (exceptions,)
        else:
            raise ValueError(f"exceptions must be a class or a tuple of classes, got {type(exceptions).__name__}")
        if not classes:
            raise ValueError("exceptions must name at least one class")
        for cls in classes:
            if not isinstance(cls, type) or not issubclass(cls, Exception):
                raise ValueError(f"{cls!r} is not an Exception subclass")
        if attempts < 1:
            raise ValueError("attempts must be at least 1")
        if delay < 0:
            raise ValueError("delay must be >= 0")
        if backoff < 1:
            raise ValueError("backoff must be >= 1")
        self.attempts, self.classes, self.delay, self.backoff, self.sleep = attempts, classes, delay, backoff, sleep


class _Retrying:
    def __init__(self, func, policy):
        functools.update_wrapper(self, func)
        self.func = func
        self.policy = policy

    def __get__(self, instance, owner=None):
        return self if instance is None else types.MethodType(self, instance)

    def __call__(self, *args, **kwargs):
        p = self.policy
        name = self.func.__qualname__
        wait = p.delay
        attempt = 1
        while True:
            try:
                return self.func(*args, **kwargs)
            except p.classes as exc:
                if attempt >= p.attempts:
                    log.error(f"{name}: giving up after {p.attempts} attempts")
                    raise
                log.warning(f"{name}: attempt {attempt} of {p.attempts} failed: {exc!r}")
            p.sleep(wait)
            wait *= p.backoff
            attempt += 1


def retry(attempts, exceptions, *, delay=0.0, backoff=2.0, sleep=_sleep):
    policy = _Policy(attempts, exceptions, delay, backoff, sleep)
    return lambda func: _Retrying(func, policy)
