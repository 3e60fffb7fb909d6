"""Compile error: `finally` with no colon."""

import functools
import time


def timer(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally
            print(time.perf_counter() - start)

    return wrapper
