"""Rule violation: a bare `except:` that re-raises what is not listed. It behaves correctly here,
but a bare except catches KeyboardInterrupt and SystemExit too, and one slip (a `continue` in the
wrong branch) retries Ctrl-C."""

import functools
import logging
import sys
import time

logger = logging.getLogger("retry")


def _is_exception_class(value):
    return isinstance(value, type) and issubclass(value, Exception)


def retry(attempts, exceptions, *, delay=0.0, backoff=2.0, sleep=time.sleep):
    if not (_is_exception_class(exceptions) or (
            type(exceptions) is tuple and exceptions and all(map(_is_exception_class, exceptions)))):
        raise ValueError("exceptions must be an Exception subclass or a non-empty tuple of them")
    if attempts < 1 or delay < 0 or backoff < 1:
        raise ValueError("attempts >= 1, delay >= 0 and backoff >= 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except:
                    exc = sys.exc_info()[1]
                    if not isinstance(exc, exceptions):
                        raise
                    if attempt == attempts:
                        logger.error("%s: giving up after %d attempts", func.__qualname__, attempts)
                        raise
                    logger.warning("%s: attempt %d of %d failed: %r", func.__qualname__, attempt, attempts, exc)
                sleep(delay * backoff ** (attempt - 1))

        return wrapper

    return decorator
