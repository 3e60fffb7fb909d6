"""Too much memory: a lazy-deletion log in a deque, trimmed only when evicting. Every get and put
appends a (stamp, key) record; eviction pops records from the left until it finds one that is
still its key's latest use, and evicts that key. Each record is popped once, so every operation
is O(1) amortized, and while keys keep being evicted the log stays short; but a run of hits
evicts nothing, and the log then keeps a record of every one of them, however small the
capacity. (The fix: rebuild the log from the live entries once it holds twice the capacity.)"""

from collections import deque


class LRUCache:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.entries = {}  # key -> [value, stamp of its latest use]
        self.log = deque()  # (stamp, key) for every use not yet popped, oldest first
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
                stamp, old = self.log.popleft()
                live = self.entries.get(old)
                if live is not None and live[1] == stamp:
                    del self.entries[old]
                    break
        entry = [value, 0]
        self.entries[key] = entry
        self._touch(key, entry)

    def __len__(self) -> int:
        return len(self.entries)
