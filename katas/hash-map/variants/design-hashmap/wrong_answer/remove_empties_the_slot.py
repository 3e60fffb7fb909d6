# Open addressing whose remove empties the slot: a probe for a key stored past it stops there and misses it.
class MyHashMap:

    def __init__(self):
        self.keys = [None] * 8
        self.values = [0] * 8
        self.count = 0

    def _find(self, key: int) -> int:
        mask = len(self.keys) - 1
        i = key & mask
        while self.keys[i] is not None and self.keys[i] != key:
            i = (i + 1) & mask
        return i

    def put(self, key: int, value: int) -> None:
        i = self._find(key)
        if self.keys[i] is None:
            self.keys[i] = key
            self.count += 1
        self.values[i] = value
        if self.count * 2 > len(self.keys):
            old = [(k, v) for k, v in zip(self.keys, self.values) if k is not None]
            self.keys = [None] * (len(self.keys) * 2)
            self.values = [0] * len(self.keys)
            self.count = 0
            for k, v in old:
                self.put(k, v)

    def get(self, key: int) -> int:
        i = self._find(key)
        return self.values[i] if self.keys[i] == key else -1

    def remove(self, key: int) -> None:
        i = self._find(key)
        if self.keys[i] == key:
            self.keys[i] = None
            self.count -= 1
