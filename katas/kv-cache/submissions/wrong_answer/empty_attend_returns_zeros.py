"""Wrong answer: attend on an empty cache returns zeros (dv,) instead of raising ValueError."""


import math

import numpy as np


class KVCache:
    def __init__(self, d: int, dv: int) -> None:
        self.d, self.dv = d, dv
        self._n = 0
        self._keys = np.empty((8, d))
        self._values = np.empty((8, dv))

    def append(self, k, v) -> None:
        if np.shape(k) != (self.d,):
            raise ValueError(f"a key must have shape ({self.d},), got {np.shape(k)}")
        if np.shape(v) != (self.dv,):
            raise ValueError(f"a value must have shape ({self.dv},), got {np.shape(v)}")
        if self._n == len(self._keys):  # full: double both buffers (copies the cache once per doubling)
            keys, values = np.empty((2 * self._n, self.d)), np.empty((2 * self._n, self.dv))
            keys[:self._n], values[:self._n] = self._keys, self._values
            self._keys, self._values = keys, values
        self._keys[self._n] = k  # a copy into the buffer: the caller may reuse its arrays
        self._values[self._n] = v
        self._n += 1

    def attend(self, q) -> np.ndarray:
        if np.shape(q) != (self.d,):
            raise ValueError(f"a query must have shape ({self.d},), got {np.shape(q)}")
        if self._n == 0:
            return np.zeros(self.dv)
        scores = self._keys[:self._n] @ q / math.sqrt(self.d)  # the filled rows only
        scores -= scores.max()  # the largest score becomes 0: exp never overflows
        weights = np.exp(scores)
        return weights @ self._values[:self._n] / weights.sum()

    def __len__(self) -> int:
        return self._n
