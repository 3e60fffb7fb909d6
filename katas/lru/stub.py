"""LRU cache with O(1) get and put. Run `kata show lru` for the full statement."""


class LRUCache:
    """A cache of at most `capacity` keys that evicts the least recently used key."""

    def __init__(self, capacity: int) -> None:
        """Raise ValueError if capacity < 1."""
        raise NotImplementedError

    def get(self, key):
        """Return the value for key (making it the most recent), or -1 if absent."""
        raise NotImplementedError

    def put(self, key, value) -> None:
        """Insert or update key (making it the most recent); evict the least recent key if full."""
        raise NotImplementedError

    def __len__(self) -> int:
        """Number of keys held."""
        raise NotImplementedError
