# class: other
# why: takes clock=None and falls back to time.perf_counter, which the judge does not control, so that no test can set the default clock's time; the contract's default is time.monotonic, which the judge replaces before the file is imported, and a test drives a bucket made without a clock
import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=None):
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate, self.capacity = float(rate), float(capacity)
        self.clock = clock if clock is not None else time.perf_counter
        self.tokens = self.capacity
        self.last = self.clock()

    def _refill(self):
        now = self.clock()
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
