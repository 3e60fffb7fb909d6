"""Too slow: each key carries a use stamp, and eviction scans every stamp for the oldest (O(capacity) per put)."""


class LRUCache:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.values = {}
        self.stamps = {}
        self.clock = 0

    def _touch(self, key):
        self.clock += 1
        self.stamps[key] = self.clock

    def get(self, key):
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key, value) -> None:
        if key not in self.values and len(self.values) == self.capacity:
            oldest = min(self.stamps, key=self.stamps.__getitem__)
            del self.values[oldest]
            del self.stamps[oldest]
        self.values[key] = value
        self._touch(key)

    def __len__(self) -> int:
        return len(self.values)
