# class: wrong-on-large
# why: keeps the count of consecutive failures in a small saturating counter (at most 64, "nobody sets a threshold that high"), which every hidden example and property respects (thresholds up to 8); with failure_threshold above 64 the circuit never opens, and the measured runs with failure_threshold = n (checked against the reference once in the properties group, and while measured) give other answers: wrong_answer.
import threading
import time

CAP = 64


class CircuitOpenError(Exception):
    pass


class CircuitBreaker:
    def __init__(self, failure_threshold, reset_timeout, clock=time.monotonic):
        if failure_threshold < 1 or reset_timeout < 0:
            raise ValueError("failure_threshold >= 1 and reset_timeout >= 0")
        self._threshold = failure_threshold
        self._timeout = reset_timeout
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at = None
        self._trial = False

    @property
    def state(self):
        with self._lock:
            if self._opened_at is None:
                return "closed"
            if self._trial or self._clock() - self._opened_at >= self._timeout:
                return "half_open"
            return "open"

    def call(self, fn, *args, **kwargs):
        with self._lock:
            trial = self._opened_at is not None
            if trial:
                if self._trial or self._clock() - self._opened_at < self._timeout:
                    raise CircuitOpenError("open")
                self._trial = True
        try:
            result = fn(*args, **kwargs)
        except Exception:
            with self._lock:
                if trial:
                    self._trial = False
                    self._opened_at = self._clock()
                elif self._opened_at is None:
                    self._failures = min(CAP, self._failures + 1)
                    if self._failures >= self._threshold:
                        self._opened_at = self._clock()
            raise
        except BaseException:
            if trial:
                with self._lock:
                    self._trial = False
            raise
        with self._lock:
            if trial:
                self._trial = False
                self._opened_at = None
            self._failures = 0
        return result
