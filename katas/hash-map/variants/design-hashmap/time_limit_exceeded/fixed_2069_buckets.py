# LeetCode's well-known answer: 2,069 buckets, forever. With n keys each chain holds about n / 2,069 of them: O(n) per operation.
class Bucket:
    def __init__(self):
        self.pairs = []

    def get(self, key: int) -> int:
        for k, v in self.pairs:
            if k == key:
                return v
        return -1

    def update(self, key: int, value: int) -> None:
        for i, (k, _) in enumerate(self.pairs):
            if k == key:
                self.pairs[i] = (key, value)
                return
        self.pairs.append((key, value))

    def remove(self, key: int) -> None:
        for i, (k, _) in enumerate(self.pairs):
            if k == key:
                del self.pairs[i]
                return


class MyHashMap:

    def __init__(self):
        self.key_space = 2069
        self.table = [Bucket() for _ in range(self.key_space)]

    def put(self, key: int, value: int) -> None:
        self.table[key % self.key_space].update(key, value)

    def get(self, key: int) -> int:
        return self.table[key % self.key_space].get(key)

    def remove(self, key: int) -> None:
        self.table[key % self.key_space].remove(key)
