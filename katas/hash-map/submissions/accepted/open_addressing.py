"""Also accepted: open addressing with linear probing. A removed key leaves a tombstone, so probes
for keys stored beyond it keep going; tombstones count towards the load, and growing drops them."""

_EMPTY = object()
_TOMBSTONE = object()


class HashMap:
    def __init__(self):
        self._keys = [_EMPTY] * 8
        self._values = [None] * 8
        self._size = 0
        self._used = 0  # live keys + tombstones

    def _slot(self, key):
        """The slot holding key, or -1; and the first free slot on its probe path (a tombstone or empty)."""
        mask = len(self._keys) - 1
        i = hash(key) & mask
        free = -1
        while True:
            k = self._keys[i]
            if k is _EMPTY:
                return -1, (i if free < 0 else free)
            if k is _TOMBSTONE:
                if free < 0:
                    free = i
            elif k is key or k == key:
                return i, free
            i = (i + 1) & mask

    def _resize(self, capacity):
        keys, values = self._keys, self._values
        self._keys = [_EMPTY] * capacity
        self._values = [None] * capacity
        self._size = self._used = 0
        for k, v in zip(keys, values):
            if k is not _EMPTY and k is not _TOMBSTONE:
                self.put(k, v)

    def put(self, key, value):
        found, free = self._slot(key)
        if found >= 0:
            self._values[found] = value
            return
        if self._keys[free] is _EMPTY:
            self._used += 1
        self._keys[free] = key
        self._values[free] = value
        self._size += 1
        if 3 * self._used > 2 * len(self._keys):
            self._resize(4 * len(self._keys) if self._size > len(self._keys) // 3 else len(self._keys))

    def get(self, key, default=None):
        found, _ = self._slot(key)
        return self._values[found] if found >= 0 else default

    def remove(self, key):
        found, _ = self._slot(key)
        if found < 0:
            raise KeyError(key)
        self._keys[found] = _TOMBSTONE
        self._values[found] = None
        self._size -= 1

    def __contains__(self, key):
        return self._slot(key)[0] >= 0

    def __len__(self):
        return self._size
