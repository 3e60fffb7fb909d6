# class: forge-figures
# why: stops every clock the process can read (time.process_time, perf_counter, monotonic, thread_time) and then reallocates the cache with np.vstack per append (O(T²) copying); the judge never asks the child what time it is, it reads the CPU time the kernel counted for the process: time_limit_exceeded.
import math
import time

import numpy as np

for _name in ("process_time", "perf_counter", "monotonic", "thread_time", "time"):
    setattr(time, _name, lambda: 0.0)


class KVCache:
    def __init__(self, d, dv):
        self.d, self.dv = d, dv
        self.keys = np.empty((0, d))
        self.values = np.empty((0, dv))

    def append(self, k, v):
        if np.shape(k) != (self.d,) or np.shape(v) != (self.dv,):
            raise ValueError("a key must be (d,) and a value (dv,)")
        self.keys = np.vstack([self.keys, k])
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
