"""Wrong: normalises exceptions to a tuple and calls issubclass on each item without checking it
is a class first, so an instance, a string or a list makes retry(...) raise TypeError ("issubclass()
arg 1 must be a class"), not the ValueError the contract names."""

import functools
import logging
import time

logger = logging.getLogger("retry")


def retry(attempts, exceptions, *, delay=0.0, backoff=2.0, sleep=time.sleep):
    classes = exceptions if isinstance(exceptions, tuple) else (exceptions,)
    if not classes or not all(issubclass(cls, Exception) for cls in classes):
        raise ValueError("exceptions must be Exception subclasses")
    if attempts < 1 or delay < 0 or backoff < 1:
        raise ValueError("attempts >= 1, delay >= 0 and backoff >= 1")

    def decorator(func):
        name = func.__qualname__

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except classes as exc:
                    if attempt == attempts:
                        logger.error("%s: giving up after %d attempts", name, attempts)
                        raise
                    logger.warning("%s: attempt %d of %d failed: %r", name, attempt, attempts, exc)
                sleep(delay * backoff ** (attempt - 1))

        return wrapper

    return decorator
