"""Runtime error: get() takes max() over the similarities, which raises on an empty cache, where a get on an empty cache returns None."""


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
        norm = self._norm(embedding)
        keys = list(reversed(self.entries))
        similarities = [sum(a * b for a, b in zip(self.entries[key][0], embedding)) / (self.entries[key][1] * norm) for key in keys]
        best = max(similarities)
        best_key = keys[similarities.index(best)]
        if best < self.threshold:
            return None
        self.entries.move_to_end(best_key)
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
