"""Wrong answer: a hit does not make its entry the most recently used, so eviction follows insertion order (FIFO), not use."""


import math
from collections import OrderedDict


class SemanticCache:
    def __init__(self, capacity, threshold=0.95):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self.capacity = capacity
        self.threshold = threshold
        self.entries = OrderedDict()
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
        for key in reversed(self.entries):
            vector, vector_norm, _ = self.entries[key]
            similarity = sum(a * b for a, b in zip(vector, embedding)) / (vector_norm * norm)
            if best is None or similarity > best:
                best, best_key = similarity, key
        if best < self.threshold:
            return None
        return self.entries[best_key][2]

    def put(self, embedding, response):
        norm = self._norm(embedding)
        vector = list(embedding)
        if len(self.entries) == self.capacity:
            self.entries.popitem(last=False)
        self.serial += 1
        self.entries[self.serial] = (vector, norm, response)
        if self.dimension is None:
            self.dimension = len(vector)
