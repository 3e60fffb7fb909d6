# class: wrong-on-large
# why: the correctness cases are short, so past 1,024 tokens it keeps only the last 1,024 (a sliding window: O(1) memory and attend, as some long-context models do) — but the contract's cache holds every token; the 20,000-token hidden test attends past the window, and the measured caches of up to 16,000 tokens are checked against the reference: wrong_answer.
import math

import numpy as np

WINDOW = 1024


class KVCache:
    def __init__(self, d, dv):
        self.d, self.dv = d, dv
        self.n = 0
        self.keys = np.empty((WINDOW, d))
        self.values = np.empty((WINDOW, dv))

    def append(self, k, v):
        if np.shape(k) != (self.d,) or np.shape(v) != (self.dv,):
            raise ValueError("a key must be (d,) and a value (dv,)")
        self.keys[self.n % WINDOW] = k  # a ring buffer: the oldest token is overwritten
        self.values[self.n % WINDOW] = v
        self.n += 1

    def attend(self, q):
        if np.shape(q) != (self.d,):
            raise ValueError("a query must be (d,)")
        if self.n == 0:
            raise ValueError("empty cache")
        held = min(self.n, WINDOW)
        scores = self.keys[:held] @ q / math.sqrt(self.d)
        weights = np.exp(scores - scores.max())
        return weights @ self.values[:held] / weights.sum()

    def __len__(self):
        return self.n
