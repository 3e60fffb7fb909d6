"""Too slow: put() of a key that is already held rebuilds the whole table with the new value
(a fresh bucket list, every key hashed again), as if an update were a remove and a re-insert
done the long way. Inserting new keys, get and remove are fine; each update is O(n)."""


class HashMap:
    def __init__(self):
        self._buckets = [[] for _ in range(8)]
        self._size = 0

    def _bucket(self, key):
        return self._buckets[hash(key) % len(self._buckets)]

    def _rebuild(self, pairs, capacity):
        self._buckets = [[] for _ in range(capacity)]
        for k, v in pairs:
            self._bucket(k).append((k, v))

    def _pairs(self):
        return [pair for bucket in self._buckets for pair in bucket]

    def put(self, key, value):
        bucket = self._bucket(key)
        for k, _ in bucket:
            if k == key:
                pairs = [(k2, value if k2 == key else v2) for k2, v2 in self._pairs()]
                self._rebuild(pairs, len(self._buckets))
                return
        bucket.append((key, value))
        self._size += 1
        if self._size * 4 > len(self._buckets) * 3:
            self._rebuild(self._pairs(), 2 * len(self._buckets))

    def get(self, key, default=None):
        for k, v in self._bucket(key):
            if k == key:
                return v
        return default

    def remove(self, key):
        bucket = self._bucket(key)
        for i, (k, _) in enumerate(bucket):
            if k == key:
                bucket[i] = bucket[-1]
                bucket.pop()
                self._size -= 1
                return
        raise KeyError(key)

    def __contains__(self, key):
        return any(k == key for k, _ in self._bucket(key))

    def __len__(self):
        return self._size
