"""Too slow: decoding as if there were no cache: every attend re-stacks the whole sequence and recomputes causal attention for every position (row i over keys 0..i) to keep the last row: O(t²·d) per step, O(T³·d) for T tokens."""

import math

import numpy as np


class KVCache:
    def __init__(self, d, dv):
        self.d, self.dv = d, dv
        self.keys, self.values, self.queries = [], [], []

    def append(self, k, v):
        if np.shape(k) != (self.d,) or np.shape(v) != (self.dv,):
            raise ValueError("a key must be (d,) and a value (dv,)")
        self.keys.append(np.array(k, dtype=float))
        self.values.append(np.array(v, dtype=float))
        self.queries.append(np.zeros(self.d))  # this position's query, once it is asked

    def attend(self, q):
        if np.shape(q) != (self.d,):
            raise ValueError("a query must be (d,)")
        if not self.keys:
            raise ValueError("empty cache")
        self.queries[-1] = np.array(q, dtype=float)
        K, V, Q = np.array(self.keys), np.array(self.values), np.array(self.queries)
        out = None
        for i in range(len(K)):  # the whole causal attention again, row by row
            scores = K[:i + 1] @ Q[i] / math.sqrt(self.d)
            weights = np.exp(scores - scores.max())
            out = weights @ V[:i + 1] / weights.sum()
        return out

    def __len__(self):
        return len(self.keys)
