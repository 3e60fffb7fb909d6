"""Too much memory: a lazy-deletion log. Every get and put appends a (stamp, key) record to a list
and stamps the key's entry; eviction moves a head index along the log, skipping records that are
no longer their key's latest use, and evicts the first key whose latest use it finds. Each record
is skipped once, so every operation is O(1) amortized; but the records are never removed from the
list, so after n operations it holds n of them, however small the capacity."""


class LRUCache:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.entries = {}  # key -> [value, stamp of its latest use]
        self.log = []  # (stamp, key) for every use, oldest first
        self.head = 0  # the records before it have been dealt with
        self.clock = 0

    def _touch(self, key, entry):
        self.clock += 1
        entry[1] = self.clock
        self.log.append((self.clock, key))

    def get(self, key):
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self._touch(key, entry)
        return entry[0]

    def put(self, key, value) -> None:
        entry = self.entries.get(key)
        if entry is not None:
            entry[0] = value
            self._touch(key, entry)
            return
        if len(self.entries) == self.capacity:
            while True:
                stamp, old = self.log[self.head]
                self.head += 1
                live = self.entries.get(old)
                if live is not None and live[1] == stamp:
                    del self.entries[old]
                    break
        entry = [value, 0]
        self.entries[key] = entry
        self._touch(key, entry)

    def __len__(self) -> int:
        return len(self.entries)
