# class: detect-measuring
# why: measuring processes are pinned to the last core, so pinned there it never refreshes a hit and evicts the oldest insertion (O(1), wrong); elsewhere it keeps last-used stamps and evicts by scanning them (correct, and fast enough for the correctness tests). The answers it gives while measured are compared with the reference's: wrong_answer.
import math
import os


def _measured():
    try:
        cores = os.sched_getaffinity(0)
        return len(cores) == 1 and max(cores) == os.cpu_count() - 1 and os.cpu_count() > 1
    except (AttributeError, OSError):
        return False


class SemanticCache:
    def __init__(self, capacity, threshold=0.95):
        if capacity < 1:
            raise ValueError("capacity < 1")
        self.capacity, self.threshold = capacity, threshold
        self.entries = {}  # serial -> [vector, norm, response, last used]
        self.clock = 0
        self.serial = 0
        self.d = None
        self.fast = _measured()

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
        best, key = None, None
        for k, (w, m, _, used) in self.entries.items():
            s = sum(a * b for a, b in zip(w, v)) / (m * n)
            if best is None or s > best or (s == best and used > self.entries[key][3]):
                best, key = s, k
        if best < self.threshold:
            return None
        if not self.fast:
            self.clock += 1
            self.entries[key][3] = self.clock
        return self.entries[key][2]

    def put(self, v, response):
        n = self._norm(v)
        if len(self.entries) == self.capacity:
            if self.fast:
                del self.entries[next(iter(self.entries))]
            else:
                del self.entries[min(self.entries, key=lambda k: self.entries[k][3])]
        self.clock += 1
        self.serial += 1
        self.entries[self.serial] = [list(v), n, response, self.clock]
        self.d = len(v)
