"""Wrong: holds a (reentrant) lock for the whole call, fn included, so a concurrent caller waits for the trial to end instead of getting CircuitOpenError at once."""


import threading
import time


class CircuitOpenError(Exception):
    """call() refused: the circuit is open, or a trial call is already in flight."""


class CircuitBreaker:
    def __init__(self, failure_threshold: int, reset_timeout: float, clock=time.monotonic) -> None:
        if failure_threshold < 1:
            raise ValueError(f"failure_threshold must be at least 1, got {failure_threshold!r}")
        if reset_timeout < 0:
            raise ValueError(f"reset_timeout must not be negative, got {reset_timeout!r}")
        self._threshold = failure_threshold
        self._timeout = reset_timeout
        self._clock = clock
        self._lock = threading.RLock()
        self._calling = threading.RLock()
        self._failures = 0  # consecutive failures while closed
        self._opened_at = None  # None: closed; else when the failure that opened it was seen
        self._trial = False  # a trial call is in flight (half-open)

    def _timed_out(self) -> bool:
        return self._clock() - self._opened_at >= self._timeout

    @property
    def state(self) -> str:
        with self._lock:
            if self._opened_at is None:
                return "closed"
            if self._trial or self._timed_out():
                return "half_open"
            return "open"

    def call(self, fn, *args, **kwargs):
        with self._calling:
            return self._call(fn, *args, **kwargs)

    def _call(self, fn, *args, **kwargs):
        with self._lock:
            trial = self._opened_at is not None
            if trial:
                if self._trial or not self._timed_out():
                    raise CircuitOpenError("the circuit is open: the call was not made")
                self._trial = True  # this call is the one trial; others meanwhile are refused
        try:
            result = fn(*args, **kwargs)
        except Exception:
            with self._lock:
                if trial:
                    self._trial = False
                    self._opened_at = self._clock()  # open again: the timer starts now
                elif self._opened_at is None:
                    self._failures += 1
                    if self._failures >= self._threshold:
                        self._opened_at = self._clock()  # when this failure was seen
            raise
        except BaseException:
            if trial:
                with self._lock:
                    self._trial = False  # the trial ends; the circuit stays half-open
            raise
        with self._lock:
            if trial:
                self._trial = False
                self._opened_at = None
                self._failures = 0
            elif self._opened_at is None:
                self._failures = 0
        return result
