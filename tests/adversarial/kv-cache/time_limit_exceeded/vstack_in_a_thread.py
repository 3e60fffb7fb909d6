# class: move-work
# why: append only queues the token (O(1) on the caller's path); one background thread grows each cache's arrays with np.vstack per token (O(T²) copying in all), and attend waits for it to catch up; the appends workload asks only len(), but the attend workload fills its caches with the same appends and its attends wait for the copying, and the kernel counts the CPU time of every thread of the process: time_limit_exceeded.
import math
import threading
import weakref
from collections import deque

import numpy as np

_CACHES = weakref.WeakSet()
_WAKE = threading.Event()


def _worker():
    while True:
        _WAKE.wait(0.01)
        _WAKE.clear()
        for cache in list(_CACHES):
            cache._drain()


threading.Thread(target=_worker, daemon=True).start()


class KVCache:
    def __init__(self, d, dv):
        self.d, self.dv = d, dv
        self.pending = deque()
        self.count = 0
        self.keys = np.empty((0, d))
        self.values = np.empty((0, dv))
        self.lock = threading.Lock()
        _CACHES.add(self)

    def _drain(self):
        with self.lock:
            while self.pending:
                k, v = self.pending.popleft()
                self.keys = np.vstack([self.keys, k])
                self.values = np.vstack([self.values, v])

    def append(self, k, v):
        if np.shape(k) != (self.d,) or np.shape(v) != (self.dv,):
            raise ValueError("a key must be (d,) and a value (dv,)")
        self.pending.append((np.array(k, dtype=float), np.array(v, dtype=float)))
        self.count += 1
        _WAKE.set()

    def attend(self, q):
        if np.shape(q) != (self.d,):
            raise ValueError("a query must be (d,)")
        if self.count == 0:
            raise ValueError("empty cache")
        self._drain()
        scores = self.keys @ q / math.sqrt(self.d)
        weights = np.exp(scores - scores.max())
        return weights @ self.values / weights.sum()

    def __len__(self):
        return self.count
