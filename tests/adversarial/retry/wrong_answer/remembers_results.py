# class: memoise
# why: remembers what the function returned for each argument tuple and hands it back on later calls without calling the function again (a flaky call that worked once "never fails again"); the contract says every call of the wrapper calls func, and the judge calls one decorated function several times with the same arguments, so the missing runs are a wrong answer.
import functools
import logging
import time

logger = logging.getLogger("retry")


def retry(attempts, exceptions, *, delay=0.0, backoff=2.0, sleep=time.sleep):
    classes = exceptions if type(exceptions) is tuple else (exceptions,)
    if type(exceptions) not in (tuple, type) or not classes or not all(
            isinstance(c, type) and issubclass(c, Exception) for c in classes):
        raise ValueError("exceptions must be an Exception subclass or a non-empty tuple of them")
    if attempts < 1 or delay < 0 or backoff < 1:
        raise ValueError("attempts >= 1, delay >= 0 and backoff >= 1")

    def decorator(func):
        remembered = {}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = repr((args, sorted(kwargs.items())))
            if key in remembered:
                return remembered[key]
            for attempt in range(1, attempts + 1):
                try:
                    result = remembered[key] = func(*args, **kwargs)
                    return result
                except classes as exc:
                    if attempt == attempts:
                        logger.error("%s: giving up after %d attempts", func.__qualname__, attempts)
                        raise
                    logger.warning("%s: attempt %d of %d failed: %r", func.__qualname__, attempt, attempts, exc)
                sleep(delay * backoff ** (attempt - 1))

        return wrapper

    return decorator
