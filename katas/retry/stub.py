"""A retry decorator that retries only what it should. Run `kata show retry` for the full statement."""

import time


def retry(attempts, exceptions, *, delay=0.0, backoff=2.0, sleep=time.sleep):
    """Return a decorator. The wrapped function calls func(*args, **kwargs) up to `attempts` times:
    when an attempt raises an instance of `exceptions` and attempts are left, it logs a WARNING on
    the logger "retry", calls sleep(delay * backoff ** (i - 1)) and tries again; when the last one
    does, it logs an ERROR and re-raises that very exception. Anything else propagates at once.
    Invalid arguments raise ValueError when retry(...) itself is called."""
    raise NotImplementedError
