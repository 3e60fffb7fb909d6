# class: move-work
# why: get and put only queue the recency update; a background thread applies it to a list with O(capacity) removes, off the caller's path; the kernel counts every thread, so the list work is still the submission's cost
import threading
from collections import deque


_CACHES = []


def _worker():
    while True:
        for cache in list(_CACHES):
            if cache.wake.wait(0.001):
                cache._apply()


threading.Thread(target=_worker, daemon=True).start()


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.values = {}
        self.order = []
        self.pending = deque()
        self.lock = threading.Lock()
        self.wake = threading.Event()
        _CACHES.append(self)

    def _apply(self):
        with self.lock:
            self._drain()
            self.wake.clear()

    def _drain(self):
        while self.pending:
            key = self.pending.popleft()
            if key in self.order:
                self.order.remove(key)
            self.order.append(key)

    def _touch(self, key):
        self.pending.append(key)
        self.wake.set()

    def get(self, key):
        with self.lock:
            if key not in self.values:
                return -1
            self._touch(key)
            return self.values[key]

    def put(self, key, value):
        with self.lock:
            if key not in self.values and len(self.values) == self.capacity:
                self._drain()  # eviction needs the true order
                del self.values[self.order.pop(0)]
            self.values[key] = value
            self._touch(key)

    def __len__(self):
        return len(self.values)
