"""Too slow: grows by 64 buckets at a time, so it rehashes every key after every 48 puts (O(n) per put)."""


class HashMap:
    STEP = 64

    def __init__(self):
        self.capacity = self.STEP
        self.buckets = [[] for _ in range(self.capacity)]
        self.size = 0

    def _bucket(self, key):
        return self.buckets[hash(key) % self.capacity]

    def _grow(self):
        pairs = [pair for bucket in self.buckets for pair in bucket]
        self.capacity += self.STEP
        self.buckets = [[] for _ in range(self.capacity)]
        for key, value in pairs:
            self._bucket(key).append([key, value])

    def put(self, key, value):
        bucket = self._bucket(key)
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])
        self.size += 1
        if self.size > 0.75 * self.capacity:
            self._grow()

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
