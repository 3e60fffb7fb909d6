"""Wrong: only try_consume() reads the clock and refills; available() reports the tokens as of the last try_consume()."""

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

    def try_consume(self, n=1.0):
        if n <= 0:
            raise ValueError("n must be positive")
        now = self.clock()
        if now > self.last:
            self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
            self.last = now
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False

    def available(self):
        return self.tokens
