# class: detect-measuring
# why: a plain counter while failure_threshold is at most 16 (every hidden example and property uses 8 or less), and above it a window of the last failure_threshold failure times, copied on every failure ("for the audit log"); the performance group measures failure_threshold from 500 to 32,000 with runs of failures just short of it, where each failure copies thousands of times: time_limit_exceeded.
import threading
import time

SMALL = 16


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
        self._window = []
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
                    now = self._clock()
                    if self._threshold > SMALL:
                        self._window = (self._window + [now])[-self._threshold:]
                        failures = len(self._window)
                    else:
                        self._failures += 1
                        failures = self._failures
                    if failures >= self._threshold:
                        self._opened_at = now
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
            self._window = []
        return result
