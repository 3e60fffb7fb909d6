# class: wrong-on-large
# why: the correctness tests use small capacities, so above 256 it stops refreshing hits and evicts in insertion order (a FIFO: O(1), wrong); the measured workload refreshes old entries with hits and then asks for them after the evictions, and its answers are compared with the reference's: wrong_answer.
import math
from collections import OrderedDict


class SemanticCache:
    def __init__(self, capacity, threshold=0.95):
        if capacity < 1:
            raise ValueError("capacity < 1")
        self.capacity, self.threshold = capacity, threshold
        self.entries = OrderedDict()
        self.serial = 0
        self.d = None

    def _norm(self, v):
        if self.d is not None and len(v) != self.d:
            raise ValueError("wrong length")
        n = math.sqrt(sum(x * x for x in v))
        if n == 0:
            raise ValueError("zero vector")
        return n

    def get(self, v):
        if self.d is None:
            return None
        n = self._norm(v)
        best, key = None, None
        for k in reversed(self.entries):
            w, m, _ = self.entries[k]
            s = sum(a * b for a, b in zip(w, v)) / (m * n)
            if best is None or s > best:
                best, key = s, k
        if best < self.threshold:
            return None
        if self.capacity <= 256:
            self.entries.move_to_end(key)
        return self.entries[key][2]

    def put(self, v, response):
        n = self._norm(v)
        if len(self.entries) == self.capacity:
            self.entries.popitem(last=False)
        self.serial += 1
        self.entries[self.serial] = (list(v), n, response)
        self.d = len(v)
