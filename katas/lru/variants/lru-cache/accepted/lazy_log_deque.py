# A dict and a log of every use in a deque, stale records skipped only when evicting: amortized
# O(1), but a run of hits grows the log without bound. LeetCode 146 states no space bound, so this
# is accepted with the kata's O(capacity) memory printed as advice (rejected with --strict).
from collections import deque


class LRUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.vals = {}
        self.last = {}   # key -> time of its latest use
        self.log = deque()
        self.time = 0

    def _use(self, key: int) -> None:
        self.time += 1
        self.last[key] = self.time
        self.log.append((self.time, key))

    def get(self, key: int) -> int:
        if key not in self.vals:
            return -1
        self._use(key)
        return self.vals[key]

    def put(self, key: int, value: int) -> None:
        if key not in self.vals and len(self.vals) == self.capacity:
            while True:
                t, old = self.log.popleft()
                if self.last.get(old) == t:
                    del self.vals[old]
                    del self.last[old]
                    break
        self.vals[key] = value
        self._use(key)
