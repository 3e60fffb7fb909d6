"""Too slow: keeps a log of every outcome and replays it on each call to count the consecutive failures, so each call costs O(calls so far)."""

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
        self.log = []  # True for a success (or a successful trial), False for a failure while closed
        self.opened_at = None
        self.trial = False

    def _consecutive_failures(self):
        run = 0
        for ok in self.log:
            run = 0 if ok else run + 1
        return run

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
            if trial:
                self.trial = False
                self.opened_at = self.clock()
            elif self.opened_at is None:
                self.log.append(False)
                if self._consecutive_failures() >= self.threshold:
                    self.opened_at = self.clock()
            raise
        except BaseException:
            self.trial = False
            raise
        if trial:
            self.trial = False
            self.opened_at = None
        self.log.append(True)
        return result
