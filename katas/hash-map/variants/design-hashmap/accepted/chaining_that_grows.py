# Chaining in a table that doubles when it is 3/4 full: O(1) average per operation, however many keys.
class MyHashMap:

    def __init__(self):
        self.capacity = 8
        self.size = 0
        self.buckets = [[] for _ in range(self.capacity)]

    def _bucket(self, key: int) -> list:
        return self.buckets[key % self.capacity]

    def _grow(self) -> None:
        old = self.buckets
        self.capacity *= 2
        self.buckets = [[] for _ in range(self.capacity)]
        for bucket in old:
            for pair in bucket:
                self.buckets[pair[0] % self.capacity].append(pair)

    def put(self, key: int, value: int) -> None:
        bucket = self._bucket(key)
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])
        self.size += 1
        if self.size * 4 > self.capacity * 3:
            self._grow()

    def get(self, key: int) -> int:
        for k, v in self._bucket(key):
            if k == key:
                return v
        return -1

    def remove(self, key: int) -> None:
        bucket = self._bucket(key)
        for i, pair in enumerate(bucket):
            if pair[0] == key:
                bucket[i] = bucket[-1]
                bucket.pop()
                self.size -= 1
                return
