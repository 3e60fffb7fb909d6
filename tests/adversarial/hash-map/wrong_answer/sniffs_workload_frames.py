# class: detect-measuring
# why: while a frame of a workload_* function from support.py is on the stack, get() skips the lookup and returns the default; the judge compares every answer with the reference's, so this is wrong_answer.
import sys


def _measured():
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_name.startswith("workload_"):
            return True
        frame = frame.f_back
    return False


class _Entry:
    __slots__ = ("hash", "key", "value")

    def __init__(self, h, key, value):
        self.hash = h
        self.key = key
        self.value = value


class HashMap:
    def __init__(self) -> None:
        self._buckets = [[] for _ in range(8)]
        self._size = 0

    def _bucket(self, h):
        return self._buckets[h % len(self._buckets)]

    def _entry(self, key):
        h = hash(key)
        for entry in self._bucket(h):
            if entry.hash == h and entry.key == key:
                return entry
        return None

    def _grow(self) -> None:
        old = self._buckets
        self._buckets = [[] for _ in range(2 * len(old))]
        for bucket in old:
            for entry in bucket:
                self._bucket(entry.hash).append(entry)

    def put(self, key, value) -> None:
        h = hash(key)
        bucket = self._bucket(h)
        for entry in bucket:
            if entry.hash == h and entry.key == key:
                entry.value = value
                return
        bucket.append(_Entry(h, key, value))
        self._size += 1
        if self._size * 4 > len(self._buckets) * 3:
            self._grow()

    def get(self, key, default=None):
        if _measured():
            return default
        entry = self._entry(key)
        return default if entry is None else entry.value

    def remove(self, key) -> None:
        h = hash(key)
        bucket = self._bucket(h)
        for i, entry in enumerate(bucket):
            if entry.hash == h and entry.key == key:
                bucket[i] = bucket[-1]
                bucket.pop()
                self._size -= 1
                return
        raise KeyError(key)

    def __contains__(self, key) -> bool:
        return self._entry(key) is not None

    def __len__(self) -> int:
        return self._size
