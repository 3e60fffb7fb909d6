"""Time limit exceeded: get() breaks ties by each entry's position in a recency list, looked up with list.index for every entry: O(n²) per get, where one pass from the most recently used is O(n · d)."""


import math
from collections import OrderedDict


class SemanticCache:
    def __init__(self, capacity, threshold=0.95):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self.capacity = capacity
        self.threshold = threshold
        self.entries = OrderedDict()
        self.recency = []  # keys, least recently used first
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
        best_rank = -1
        for key, (vector, vector_norm, _) in self.entries.items():
            similarity = sum(a * b for a, b in zip(vector, embedding)) / (vector_norm * norm)
            rank = self.recency.index(key)
            if best is None or similarity > best or (similarity == best and rank > best_rank):
                best, best_key, best_rank = similarity, key, rank
        if best < self.threshold:
            return None
        self.entries.move_to_end(best_key)
        self.recency.remove(best_key)
        self.recency.append(best_key)
        return self.entries[best_key][2]

    def put(self, embedding, response):
        norm = self._norm(embedding)
        vector = list(embedding)
        if len(self.entries) == self.capacity:
            oldest, _ = self.entries.popitem(last=False)
            self.recency.remove(oldest)
        self.serial += 1
        self.entries[self.serial] = (vector, norm, response)
        self.recency.append(self.serial)
        if self.dimension is None:
            self.dimension = len(vector)
