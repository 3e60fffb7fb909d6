"""Too slow: numpy.vstack on every append reallocates and copies the whole cache for each token, so T appends cost O(T²·(d + dv)) instead of O(T·(d + dv))."""

import math

import numpy as np


class KVCache:
    def __init__(self, d, dv):
        self.d, self.dv = d, dv
        self.keys = np.empty((0, d))
        self.values = np.empty((0, dv))

    def append(self, k, v):
        if np.shape(k) != (self.d,) or np.shape(v) != (self.dv,):
            raise ValueError("a key must be (d,) and a value (dv,)")
        self.keys = np.vstack([self.keys, k])  # a new (t + 1, d) array every time
        self.values = np.vstack([self.values, v])

    def attend(self, q):
        if np.shape(q) != (self.d,):
            raise ValueError("a query must be (d,)")
        if len(self.keys) == 0:
            raise ValueError("empty cache")
        scores = self.keys @ q / math.sqrt(self.d)
        weights = np.exp(scores - scores.max())
        return weights @ self.values / weights.sum()

    def __len__(self):
        return len(self.keys)
