"""Too slow: keeps the times of the last failure_threshold failures in a list, copied on every failure (failures = (failures + [now])[-threshold:]), so each call costs O(failure_threshold)."""

import time


class CircuitOpenError(Exception):
    pass


class CircuitBreaker:
    def __init__(self, failure_threshold, reset_timeout, clock=time.monotonic):
        if failure_threshold < 1 or reset_timeout < 0:
            raise ValueError("failure_threshold >= 1 and reset_timeout >= 0")
        self.threshold = failure_threshold
        self.timeout = reset_timeout
        self.clock = clock
        self.failures = []  # times of the consecutive failures, the last `threshold` of them
        self.opened_at = None
        self.trial = False

    @property
    def state(self):
        if self.opened_at is None:
            return "closed"
        if self.trial or self.clock() - self.opened_at >= self.timeout:
            return "half_open"
        return "open"

    def call(self, fn, *args, **kwargs):
        trial = self.opened_at is not None
        if trial:
            if self.trial or self.clock() - self.opened_at < self.timeout:
                raise CircuitOpenError("open")
            self.trial = True
        try:
            result = fn(*args, **kwargs)
        except Exception:
            now = self.clock()
            if trial:
                self.trial = False
                self.opened_at = now
            elif self.opened_at is None:
                self.failures = (self.failures + [now])[-self.threshold:]
                if len(self.failures) >= self.threshold:
                    self.opened_at = self.failures[-1]
            raise
        except BaseException:
            self.trial = False
            raise
        if trial:
            self.trial = False
            self.opened_at = None
        self.failures = []
        return result
