# list.remove of a pair that is not there raises ValueError: LeetCode's remove of an absent key must do nothing.
class MyHashMap:

    def __init__(self):
        self.capacity = 8
        self.size = 0
        self.buckets = [[] for _ in range(self.capacity)]

    def put(self, key: int, value: int) -> None:
        bucket = self.buckets[key % self.capacity]
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])
        self.size += 1
        if self.size > self.capacity:
            old = self.buckets
            self.capacity *= 2
            self.buckets = [[] for _ in range(self.capacity)]
            for b in old:
                for pair in b:
                    self.buckets[pair[0] % self.capacity].append(pair)

    def get(self, key: int) -> int:
        for k, v in self.buckets[key % self.capacity]:
            if k == key:
                return v
        return -1

    def remove(self, key: int) -> None:
        bucket = self.buckets[key % self.capacity]
        bucket.remove([key, self.get(key)])
        self.size -= 1
