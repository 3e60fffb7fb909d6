"""Accepted: an explicit state string moved on lazily (open becomes half_open when the clock says so), a try/finally for the trial flag, and no lock (the flag is set before fn runs, so a call from inside fn or another thread is refused)."""

import time


class CircuitOpenError(Exception):
    pass


class CircuitBreaker:
    def __init__(self, failure_threshold, reset_timeout, clock=time.monotonic):
        if not failure_threshold >= 1 or not reset_timeout >= 0:
            raise ValueError("failure_threshold >= 1 and reset_timeout >= 0, please")
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self.clock = clock
        self._state = "closed"
        self._count = 0
        self._opened_at = 0.0
        self._busy = False

    def _advance(self):
        if self._state == "open" and self.clock() - self._opened_at >= self.reset_timeout:
            self._state = "half_open"

    @property
    def state(self):
        self._advance()
        return self._state

    def _open(self):
        self._state = "open"
        self._opened_at = self.clock()

    def call(self, fn, *args, **kwargs):
        self._advance()
        if self._state == "open" or (self._state == "half_open" and self._busy):
            raise CircuitOpenError(f"circuit {self._state}")
        if self._state == "closed":
            try:
                result = fn(*args, **kwargs)
            except Exception:
                if self._state == "closed":
                    self._count += 1
                    if self._count >= self.failure_threshold:
                        self._open()
                raise
            if self._state == "closed":
                self._count = 0
            return result
        self._busy = True
        try:
            result = fn(*args, **kwargs)
        except Exception:
            self._open()
            raise
        finally:
            self._busy = False
        self._state = "closed"
        self._count = 0
        return result
