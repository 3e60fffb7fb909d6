"""Too slow: 1,024 buckets forever; with n keys each chain holds about n / 1,024 of them (O(n) per operation)."""


class HashMap:
    BUCKETS = 1024

    def __init__(self):
        self.buckets = [[] for _ in range(self.BUCKETS)]
        self.size = 0

    def _bucket(self, key):
        return self.buckets[hash(key) % self.BUCKETS]

    def put(self, key, value):
        bucket = self._bucket(key)
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])
        self.size += 1

    def get(self, key, default=None):
        for k, v in self._bucket(key):
            if k == key:
                return v
        return default

    def remove(self, key):
        bucket = self._bucket(key)
        for i, (k, _) in enumerate(bucket):
            if k == key:
                bucket.pop(i)
                self.size -= 1
                return
        raise KeyError(key)

    def __contains__(self, key):
        return any(k == key for k, _ in self._bucket(key))

    def __len__(self):
        return self.size
