"""A semantic cache keyed by meaning, with LRU eviction. Run `kata show semantic-cache` for the full statement."""


class SemanticCache:
    """Caches responses by embedding; a query hits the most similar entry (cosine similarity)."""

    def __init__(self, capacity: int, threshold: float = 0.95) -> None:
        """Raise ValueError if capacity < 1."""
        raise NotImplementedError

    def get(self, embedding: list[float]):
        """The response of the entry most similar to embedding (ties: the most recently used) if
        that similarity is >= threshold, making it the most recently used; else None. O(n · d)."""
        raise NotImplementedError

    def put(self, embedding: list[float], response) -> None:
        """Add a new entry (a copy of embedding), evicting the least recently used entry if the
        cache is full. O(d) plus O(1) eviction."""
        raise NotImplementedError
