# class: wrong-on-large
# why: never makes more than 10 attempts (a "safety cap" the contract does not have), which is the largest number the fixed examples use; the properties draw up to 60 attempts with runs of listed failures that use them all, so stopping after 10 is a wrong answer.
import functools
import logging
import time

logger = logging.getLogger("retry")
CAP = 10


def retry(attempts, exceptions, *, delay=0.0, backoff=2.0, sleep=time.sleep):
    classes = exceptions if type(exceptions) is tuple else (exceptions,)
    if type(exceptions) not in (tuple, type) or not classes or not all(
            isinstance(c, type) and issubclass(c, Exception) for c in classes):
        raise ValueError("exceptions must be an Exception subclass or a non-empty tuple of them")
    if attempts < 1 or delay < 0 or backoff < 1:
        raise ValueError("attempts >= 1, delay >= 0 and backoff >= 1")
    tries = min(attempts, CAP)

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, tries + 1):
                try:
                    return func(*args, **kwargs)
                except classes as exc:
                    if attempt == tries:
                        logger.error("%s: giving up after %d attempts", func.__qualname__, attempts)
                        raise
                    logger.warning("%s: attempt %d of %d failed: %r", func.__qualname__, attempt, attempts, exc)
                sleep(delay * backoff ** (attempt - 1))

        return wrapper

    return decorator
