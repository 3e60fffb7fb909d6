"""Also accepted: buckets of [key, value] pairs, no cached hashes; growing doubles the bucket count
and puts every pair again (hash() is called again for each key, still O(1) amortized)."""


class HashMap:
    def __init__(self, capacity=16):
        self.capacity = capacity
        self.count = 0
        self.buckets = [[] for _ in range(capacity)]

    def _index(self, key):
        return hash(key) % self.capacity

    def put(self, key, value):
        bucket = self.buckets[self._index(key)]
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])
        self.count += 1
        if self.count > self.capacity:
            old = self.buckets
            self.capacity *= 2
            self.buckets = [[] for _ in range(self.capacity)]
            self.count = 0
            for b in old:
                for k, v in b:
                    self.put(k, v)

    def get(self, key, default=None):
        for k, v in self.buckets[self._index(key)]:
            if k == key:
                return v
        return default

    def remove(self, key):
        bucket = self.buckets[self._index(key)]
        for i, pair in enumerate(bucket):
            if pair[0] == key:
                del bucket[i]
                self.count -= 1
                return
        raise KeyError(key)

    def __contains__(self, key):
        return any(k == key for k, _ in self.buckets[self._index(key)])

    def __len__(self):
        return self.count
