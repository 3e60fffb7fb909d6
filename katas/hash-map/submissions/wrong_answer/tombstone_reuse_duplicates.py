"""Wrong: put() writes a new key into the first tombstone it meets without probing on, so a key stored
further along the same probe path gets a second copy (len grows, and remove leaves the old one behind)."""

_EMPTY = object()
_GONE = object()


class HashMap:
    def __init__(self):
        self.keys = [_EMPTY] * 8
        self.values = [None] * 8
        self.size = 0
        self.filled = 0

    def _probe(self, key):
        i = hash(key) % len(self.keys)
        while True:
            yield i
            i = (i + 1) % len(self.keys)

    def put(self, key, value):
        for i in self._probe(key):
            k = self.keys[i]
            if k is _EMPTY or k is _GONE:
                if k is _EMPTY:
                    self.filled += 1
                self.keys[i], self.values[i] = key, value
                self.size += 1
                break
            if k == key:
                self.values[i] = value
                return
        if 3 * self.filled > 2 * len(self.keys):
            live = [(k, v) for k, v in zip(self.keys, self.values) if k is not _EMPTY and k is not _GONE]
            self.keys = [_EMPTY] * (2 * len(self.keys))
            self.values = [None] * len(self.keys)
            self.size = self.filled = 0
            for k, v in live:
                self.put(k, v)

    def _find(self, key):
        for i in self._probe(key):
            k = self.keys[i]
            if k is _EMPTY:
                return -1
            if k is not _GONE and k == key:
                return i

    def get(self, key, default=None):
        i = self._find(key)
        return default if i < 0 else self.values[i]

    def remove(self, key):
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        self.keys[i], self.values[i] = _GONE, None
        self.size -= 1

    def __contains__(self, key):
        return self._find(key) >= 0

    def __len__(self):
        return self.size
