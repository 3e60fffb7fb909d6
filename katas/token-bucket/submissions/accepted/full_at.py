"""Also accepted: no token count at all, only the time at which the bucket will be full again (GCRA's "theoretical arrival time")."""

import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate = rate
        self.capacity = capacity
        self.clock = clock
        self.now = clock()
        self.full_at = self.now  # full from the start

    def _tokens(self):
        t = self.clock()
        if t > self.now:
            self.now = t
        return self.capacity - max(0.0, self.full_at - self.now) * self.rate

    def try_consume(self, n=1.0):
        if n <= 0:
            raise ValueError("n must be positive")
        if self._tokens() >= n:
            self.full_at = max(self.full_at, self.now) + n / self.rate
            return True
        return False

    def available(self):
        return float(self._tokens())
