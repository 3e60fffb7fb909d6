"""Wrong: logs an ERROR for an exception it does not retry before letting it propagate, where the contract says no log."""

import functools
import logging
import time

logger = logging.getLogger("retry")


def _is_exception_class(value):
    return isinstance(value, type) and issubclass(value, Exception)


def retry(attempts, exceptions, *, delay=0.0, backoff=2.0, sleep=time.sleep):
    if not (_is_exception_class(exceptions) or (
            type(exceptions) is tuple and exceptions and all(map(_is_exception_class, exceptions)))):
        raise ValueError(f"exceptions must be an Exception subclass or a non-empty tuple of them, not {exceptions!r}")
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    if delay < 0:
        raise ValueError("delay must not be negative")
    if backoff < 1:
        raise ValueError("backoff must be at least 1")

    def decorator(func):
        name = func.__qualname__

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    if attempt == attempts:
                        logger.error("%s: giving up after %d attempts", name, attempts)
                        raise
                    logger.warning("%s: attempt %d of %d failed: %r", name, attempt, attempts, exc)
                except Exception as exc:
                    logger.error("%s: %r is not retried", name, exc)
                    raise
                sleep(delay * backoff ** (attempt - 1))

        return wrapper

    return decorator
