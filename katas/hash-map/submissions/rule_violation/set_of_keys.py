"""Rule violation: own buckets for the values, but a built-in set() to answer `in` and len()."""


class HashMap:
    def __init__(self):
        self.buckets = [[] for _ in range(64)]
        self.keys = set()

    def _bucket(self, key):
        return self.buckets[hash(key) % 64]

    def put(self, key, value):
        bucket = self._bucket(key)
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])
        self.keys.add(key)

    def get(self, key, default=None):
        if key not in self.keys:
            return default
        for k, v in self._bucket(key):
            if k == key:
                return v

    def remove(self, key):
        self.keys.remove(key)
        bucket = self._bucket(key)
        for i, (k, _) in enumerate(bucket):
            if k == key:
                bucket.pop(i)
                return

    def __contains__(self, key):
        return key in self.keys

    def __len__(self):
        return len(self.keys)
