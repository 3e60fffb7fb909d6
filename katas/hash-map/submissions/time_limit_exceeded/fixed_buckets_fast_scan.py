"""Too slow: 512 buckets forever. Each bucket keeps its keys' hashes in a list that
list.index scans in C, so == is called only on a hash match and the scans look cheap at a
few thousand keys; but with n keys every bucket holds about n / 512 of them, and each
operation scans one: O(n) per operation once n is large."""

BUCKETS = 512


class HashMap:
    def __init__(self):
        self._hashes = [[] for _ in range(BUCKETS)]
        self._keys = [[] for _ in range(BUCKETS)]
        self._values = [[] for _ in range(BUCKETS)]
        self._size = 0

    def _find(self, key):
        """(bucket index, position in the bucket or -1)."""
        h = hash(key)
        b = h % BUCKETS
        hashes, keys = self._hashes[b], self._keys[b]
        i = -1
        while True:
            try:
                i = hashes.index(h, i + 1)
            except ValueError:
                return b, -1
            if keys[i] == key:
                return b, i

    def put(self, key, value):
        b, i = self._find(key)
        if i >= 0:
            self._values[b][i] = value
            return
        self._hashes[b].append(hash(key))
        self._keys[b].append(key)
        self._values[b].append(value)
        self._size += 1

    def get(self, key, default=None):
        b, i = self._find(key)
        return self._values[b][i] if i >= 0 else default

    def remove(self, key):
        b, i = self._find(key)
        if i < 0:
            raise KeyError(key)
        for column in (self._hashes[b], self._keys[b], self._values[b]):
            column[i] = column[-1]
            column.pop()
        self._size -= 1

    def __contains__(self, key):
        return self._find(key)[1] >= 0

    def __len__(self):
        return self._size
