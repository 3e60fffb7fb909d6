"""Time limit exceeded: each entry keeps a last-used stamp, and a put into a full cache scans every entry for the oldest stamp: O(n) per put, where eviction must be O(1)."""


import math
from collections import OrderedDict


class SemanticCache:
    def __init__(self, capacity, threshold=0.95):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self.capacity = capacity
        self.threshold = threshold
        self.entries = {}
        self.used = {}
        self.clock = 0
        self.serial = 0
        self.dimension = None

    def _norm(self, embedding):
        """The vector's norm, after checking it: ValueError for another length than the cache's,
        or a zero vector. Nothing has changed yet when this raises."""
        if self.dimension is not None and len(embedding) != self.dimension:
            raise ValueError(f"expected a vector of length {self.dimension}, got {len(embedding)}")
        norm = math.sqrt(sum(x * x for x in embedding))
        if norm == 0:
            raise ValueError("a zero vector has no direction")
        return norm

    def get(self, embedding):
        if self.dimension is None and not self.entries:
            if not any(embedding):
                raise ValueError("a zero vector has no direction")
            return None
        norm = self._norm(embedding)
        best, best_key = None, None
        for key, (vector, vector_norm, _) in self.entries.items():
            similarity = sum(a * b for a, b in zip(vector, embedding)) / (vector_norm * norm)
            if best is None or similarity > best or (similarity == best and self.used[key] > self.used[best_key]):
                best, best_key = similarity, key
        if best < self.threshold:
            return None
        self.clock += 1
        self.used[best_key] = self.clock
        return self.entries[best_key][2]

    def put(self, embedding, response):
        norm = self._norm(embedding)
        vector = list(embedding)
        if len(self.entries) == self.capacity:
            oldest = min(self.used, key=self.used.get)
            del self.entries[oldest], self.used[oldest]
        self.serial += 1
        self.clock += 1
        self.entries[self.serial] = (vector, norm, response)
        self.used[self.serial] = self.clock
        if self.dimension is None:
            self.dimension = len(vector)
