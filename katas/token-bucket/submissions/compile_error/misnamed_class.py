"""Compile error: the class is called RateLimiter, so the required name TokenBucket is missing."""

import time


class RateLimiter:
    def __init__(self, rate, capacity, clock=time.monotonic):
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate, self.capacity, self.tokens, self.clock = float(rate), float(capacity), float(capacity), clock
        self.last = clock()

    def try_consume(self, n=1.0):
        if n <= 0:
            raise ValueError("n must be positive")
        now = self.clock()
        if now > self.last:
            self.tokens, self.last = min(self.capacity, self.tokens + (now - self.last) * self.rate), now
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False

    def available(self):
        self.try_consume(float("inf"))
        return self.tokens
