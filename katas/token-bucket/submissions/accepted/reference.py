"""Reference: tokens and the largest clock reading seen; each call refills for the time beyond it, capped at capacity."""

import time


class TokenBucket:
    def __init__(self, rate: float, capacity: float, clock=time.monotonic) -> None:
        if not rate > 0:
            raise ValueError(f"rate must be positive, got {rate!r}")
        if not capacity > 0:
            raise ValueError(f"capacity must be positive, got {capacity!r}")
        self._rate = float(rate)
        self._capacity = float(capacity)
        self._tokens = self._capacity  # starts full
        self._clock = clock
        self._last = clock()  # the largest reading seen so far

    def _refill(self) -> None:
        now = self._clock()
        if now > self._last:  # only time beyond the largest reading counts: a clock going back changes nothing
            self._tokens = min(self._capacity, self._tokens + (now - self._last) * self._rate)
            self._last = now

    def try_consume(self, n: float = 1.0) -> bool:
        if not n > 0:
            raise ValueError(f"n must be positive, got {n!r}")
        self._refill()
        if self._tokens >= n:
            self._tokens -= n
            return True
        return False

    def available(self) -> float:
        self._refill()
        return self._tokens
