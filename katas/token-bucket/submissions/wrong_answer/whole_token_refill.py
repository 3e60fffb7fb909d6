"""Wrong: refills whole tokens only (int(elapsed * rate)), moving last on by the time those tokens took, so 0.5 tokens/s shows 0.0 after one second instead of 0.5."""

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
        if now > self.last:
            whole = int((now - self.last) * self.rate)
            if whole:
                self.tokens = min(self.capacity, self.tokens + whole)
                self.last += whole / self.rate

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

