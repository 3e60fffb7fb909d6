"""Compile error: `except exceptions, exc:` is Python 2 syntax."""

import functools
import time


def retry(attempts, exceptions, *, delay=0.0, backoff=2.0, sleep=time.sleep):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions, exc:
                    if attempt == attempts:
                        raise
                sleep(delay * backoff ** (attempt - 1))

        return wrapper

    return decorator
