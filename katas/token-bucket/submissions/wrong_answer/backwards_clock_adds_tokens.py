"""Wrong: refills by abs(now - last) * rate, so a clock that goes backwards adds tokens as if time had passed."""

import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate = float(rate)
        self.capacity = float(capacity)
        self.tokens = self.capacity
        self.clock = clock
        self.last = clock()

    def _refill(self):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + abs(now - self.last) * self.rate)
        self.last = now

    def try_consume(self, n=1.0):
        if n <= 0:
            raise ValueError("n must be positive")
        self._refill()
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False

    def available(self):
        self._refill()
        return self.tokens

