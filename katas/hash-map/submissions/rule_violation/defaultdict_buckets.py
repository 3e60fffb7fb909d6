"""Rule violation: buckets kept in a collections.defaultdict, which is a dict underneath."""

from collections import defaultdict


class HashMap:
    def __init__(self):
        self.buckets = defaultdict(list)
        self.size = 0

    def put(self, key, value):
        bucket = self.buckets[hash(key) % 1024]
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])
        self.size += 1

    def get(self, key, default=None):
        for k, v in self.buckets[hash(key) % 1024]:
            if k == key:
                return v
        return default

    def remove(self, key):
        bucket = self.buckets[hash(key) % 1024]
        for i, (k, _) in enumerate(bucket):
            if k == key:
                bucket.pop(i)
                self.size -= 1
                return
        raise KeyError(key)

    def __contains__(self, key):
        return any(k == key for k, _ in self.buckets[hash(key) % 1024])

    def __len__(self):
        return self.size
