"""A timer decorator that logs and re-raises. Run `kata show timer-decorator` for the full statement."""


def timer(func):
    """Return a wrapper that calls func(*args, **kwargs) and returns its result, keeping func's
    metadata (functools.wraps). It times each call with time.perf_counter() and, after every call,
    logs "{name}: {elapsed:.4f}s" at INFO on the logger named "timer". If func raises, it also logs
    "{name} failed: {exc}" at ERROR and re-raises the very same exception."""
    raise NotImplementedError
