"""Too slow: keeps every grant with its time and recomputes the tokens by replaying the whole history on each call: O(calls) per call."""

import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate = float(rate)
        self.capacity = float(capacity)
        self.clock = clock
        self.start = clock()
        self.latest = self.start
        self.grants = []  # (time, n) of every grant, in order

    def _tokens(self):
        now = self.clock()
        if now > self.latest:
            self.latest = now
        tokens, last = self.capacity, self.start
        for t, n in self.grants:
            tokens = min(self.capacity, tokens + (t - last) * self.rate) - n
            last = t
        return min(self.capacity, tokens + (self.latest - last) * self.rate)

    def try_consume(self, n=1.0):
        if n <= 0:
            raise ValueError("n must be positive")
        if self._tokens() >= n:
            self.grants.append((self.latest, n))
            return True
        return False

    def available(self):
        return self._tokens()
