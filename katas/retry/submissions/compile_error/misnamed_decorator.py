"""Compile error: the decorator is called `retrying`, so the required name `retry` is missing."""

import functools
import logging
import time

logger = logging.getLogger("retry")


def retrying(attempts, exceptions, *, delay=0.0, backoff=2.0, sleep=time.sleep):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    if attempt == attempts:
                        logger.error("%s: giving up after %d attempts", func.__qualname__, attempts)
                        raise
                    logger.warning("%s: attempt %d of %d failed: %r", func.__qualname__, attempt, attempts, exc)
                sleep(delay * backoff ** (attempt - 1))

        return wrapper

    return decorator
