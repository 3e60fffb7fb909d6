# Open addressing with linear probing and tombstones, doubling at 2/3 full (tombstones counted).
EMPTY, DELETED = None, object()


class MyHashMap:

    def __init__(self):
        self.keys = [EMPTY] * 8
        self.values = [0] * 8
        self.used = 0  # live keys and tombstones

    def _slot(self, key: int) -> int:
        """The slot holding key, or the first free slot on its probe path."""
        mask = len(self.keys) - 1
        i = (key * 2654435761) & mask
        free = -1
        while True:
            k = self.keys[i]
            if k is EMPTY:
                return i if free < 0 else free
            if k is DELETED:
                if free < 0:
                    free = i
            elif k == key:
                return i
            i = (i + 1) & mask

    def _resize(self) -> None:
        pairs = [(k, v) for k, v in zip(self.keys, self.values) if k is not EMPTY and k is not DELETED]
        size = 8
        while size * 2 < len(pairs) * 3 + 3:
            size *= 2
        self.keys, self.values, self.used = [EMPTY] * (2 * size), [0] * (2 * size), 0
        for k, v in pairs:
            self.put(k, v)

    def put(self, key: int, value: int) -> None:
        i = self._slot(key)
        if self.keys[i] is EMPTY:
            self.used += 1
        self.keys[i] = key
        self.values[i] = value
        if self.used * 3 >= len(self.keys) * 2:
            self._resize()

    def get(self, key: int) -> int:
        i = self._slot(key)
        return self.values[i] if self.keys[i] == key and self.keys[i] is not DELETED else -1

    def remove(self, key: int) -> None:
        i = self._slot(key)
        if self.keys[i] is not EMPTY and self.keys[i] is not DELETED and self.keys[i] == key:
            self.keys[i] = DELETED
