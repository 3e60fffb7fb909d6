"""Too slow: refills in a loop, one second of tokens at a time, then the fraction left: right, but O(elapsed seconds) per call after an idle spell."""

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
        while self.last + 1 <= now:
            self.tokens = min(self.capacity, self.tokens + self.rate)
            self.last += 1
        if now > self.last:
            self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
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
