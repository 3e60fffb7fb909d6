"""A hash table without dict or set. Run `kata show hash-map` for the full statement."""


class HashMap:
    """Keys to values, kept in buckets (chaining) or slots (open addressing) in Python lists."""

    def __init__(self) -> None:
        """An empty map."""
        raise NotImplementedError

    def put(self, key, value) -> None:
        """Insert key with value, or overwrite the value of a key already present."""
        raise NotImplementedError

    def get(self, key, default=None):
        """The value stored for key, or default if key is absent."""
        raise NotImplementedError

    def remove(self, key) -> None:
        """Remove key and its value; KeyError if key is absent."""
        raise NotImplementedError

    def __contains__(self, key) -> bool:
        """True if key is present (`key in m`)."""
        raise NotImplementedError

    def __len__(self) -> int:
        """Number of keys present."""
        raise NotImplementedError
