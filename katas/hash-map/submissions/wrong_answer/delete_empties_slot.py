"""Wrong: open addressing where remove() empties the slot, so a probe for a key stored beyond it stops early."""


class HashMap:
    def __init__(self):
        self.keys = [None] * 8
        self.values = [None] * 8
        self.used = [False] * 8
        self.size = 0

    def _find(self, key):
        """The slot holding key, or the empty slot where the probe stopped."""
        i = hash(key) % len(self.keys)
        while self.used[i] and not self.keys[i] == key:
            i = (i + 1) % len(self.keys)
        return i

    def put(self, key, value):
        i = self._find(key)
        if not self.used[i]:
            self.used[i] = True
            self.keys[i] = key
            self.size += 1
        self.values[i] = value
        if self.size * 2 > len(self.keys):
            old = [(k, v) for k, v, u in zip(self.keys, self.values, self.used) if u]
            self.keys = [None] * (2 * len(self.keys))
            self.values = [None] * len(self.keys)
            self.used = [False] * len(self.keys)
            self.size = 0
            for k, v in old:
                self.put(k, v)

    def get(self, key, default=None):
        i = self._find(key)
        return self.values[i] if self.used[i] else default

    def remove(self, key):
        i = self._find(key)
        if not self.used[i]:
            raise KeyError(key)
        self.used[i] = False
        self.keys[i] = self.values[i] = None
        self.size -= 1

    def __contains__(self, key):
        return self.used[self._find(key)]

    def __len__(self):
        return self.size
