# class: move-work
# why: put() only queues the new entry; one background thread (shared by every cache) inserts queued entries and evicts by scanning every entry's last-used stamp for the oldest, off the caller's path (get() drains the queue first). The kernel counts the CPU time of every thread, so each eviction still costs O(capacity): time_limit_exceeded.
import math
import threading
import weakref
from collections import deque

_CACHES = weakref.WeakSet()
_WAKE = threading.Event()


def _worker():
    while True:
        _WAKE.wait()
        _WAKE.clear()
        for cache in list(_CACHES):
            cache._drain()


threading.Thread(target=_worker, daemon=True).start()


class SemanticCache:
    def __init__(self, capacity, threshold=0.95):
        if capacity < 1:
            raise ValueError("capacity < 1")
        self.capacity, self.threshold = capacity, threshold
        self.entries = []  # [vector, norm, response, last used]
        self.clock = 0
        self.queue = deque()
        self.lock = threading.Lock()
        self.d = None
        _CACHES.add(self)

    def _drain(self):
        with self.lock:
            while self.queue:
                entry = self.queue.popleft()
                if len(self.entries) == self.capacity:
                    oldest = min(range(len(self.entries)), key=lambda i: self.entries[i][3])
                    self.entries[oldest] = self.entries[-1]
                    self.entries.pop()
                self.clock += 1
                entry.append(self.clock)
                self.entries.append(entry)

    def _norm(self, v):
        if self.d is not None and len(v) != self.d:
            raise ValueError("wrong length")
        n = math.sqrt(sum(x * x for x in v))
        if n == 0:
            raise ValueError("zero vector")
        return n

    def get(self, v):
        if self.d is None:
            return None
        n = self._norm(v)
        self._drain()
        with self.lock:
            best, where = None, None
            for i, (w, m, _, used) in enumerate(self.entries):
                s = sum(a * b for a, b in zip(w, v)) / (m * n)
                if best is None or s > best or (s == best and used > self.entries[where][3]):
                    best, where = s, i
            if best < self.threshold:
                return None
            self.clock += 1
            self.entries[where][3] = self.clock
            return self.entries[where][2]

    def put(self, v, response):
        n = self._norm(v)
        self.d = len(v)
        with self.lock:
            self.queue.append([list(v), n, response])
        _WAKE.set()
