"""Rule violation: `except BaseException as exc` with an isinstance check inside. It re-raises
what is not listed, but catching BaseException is forbidden: KeyboardInterrupt, SystemExit and
GeneratorExit must never be caught by a retry, not even to be re-raised."""

import functools
import logging
import time

logger = logging.getLogger("retry")


def retry(attempts, exceptions, *, delay=0.0, backoff=2.0, sleep=time.sleep):
    classes = exceptions if type(exceptions) is tuple else (exceptions,)
    if not classes or not all(isinstance(c, type) and issubclass(c, Exception) for c in classes):
        raise ValueError("exceptions must be an Exception subclass or a non-empty tuple of them")
    if type(exceptions) not in (tuple, type):
        raise ValueError("exceptions must be a class or a tuple")
    if attempts < 1 or delay < 0 or backoff < 1:
        raise ValueError("attempts >= 1, delay >= 0 and backoff >= 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except BaseException as exc:
                    if not isinstance(exc, classes):
                        raise
                    if attempt == attempts:
                        logger.error("%s: giving up after %d attempts", func.__qualname__, attempts)
                        raise
                    logger.warning("%s: attempt %d of %d failed: %r", func.__qualname__, attempt, attempts, exc)
                sleep(delay * backoff ** (attempt - 1))

        return wrapper

    return decorator
