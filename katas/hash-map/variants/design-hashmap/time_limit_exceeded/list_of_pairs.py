# One list of [key, value] pairs, scanned from the start on every call: O(n) per operation.
class MyHashMap:

    def __init__(self):
        self.pairs = []

    def put(self, key: int, value: int) -> None:
        for pair in self.pairs:
            if pair[0] == key:
                pair[1] = value
                return
        self.pairs.append([key, value])

    def get(self, key: int) -> int:
        for k, v in self.pairs:
            if k == key:
                return v
        return -1

    def remove(self, key: int) -> None:
        for i, pair in enumerate(self.pairs):
            if pair[0] == key:
                self.pairs.pop(i)
                return
