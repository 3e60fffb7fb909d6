# class: wrong-on-large
# why: replays only the last 64 grants, as if the bucket had been full before them: each call is O(64), and right on every short history the hidden correctness tests build (at most 30 calls); the measured runs make thousands of calls and every answer is compared with the reference's
import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate, self.capacity, self.clock = float(rate), float(capacity), clock
        self.start = self.latest = clock()
        self.grants = []

    def _tokens(self):
        now = self.clock()
        if now > self.latest:
            self.latest = now
        recent = self.grants[-64:]
        tokens, last = self.capacity, (self.start if len(self.grants) <= 64 else recent[0][0])
        for t, n in recent:
            tokens = min(self.capacity, tokens + (t - last) * self.rate) - n
            last = t
        return min(self.capacity, tokens + (self.latest - last) * self.rate)

    def try_consume(self, n=1.0):
        if n <= 0:
            raise ValueError("n must be positive")
        if self._tokens() >= n:
            self.grants.append((self.latest, n))
            del self.grants[:-64]
            return True
        return False

    def available(self):
        return self._tokens()
