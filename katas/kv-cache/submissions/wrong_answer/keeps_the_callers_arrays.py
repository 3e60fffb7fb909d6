"""Wrong answer: append keeps the caller's k and v arrays instead of copying them; a caller that reuses its arrays for the next token changes the cache."""


import math

import numpy as np


class KVCache:
    def __init__(self, d: int, dv: int) -> None:
        self.d, self.dv = d, dv
        self._n = 0
        self._key_list, self._value_list = [], []

    def append(self, k, v) -> None:
        if np.shape(k) != (self.d,):
            raise ValueError(f"a key must have shape ({self.d},), got {np.shape(k)}")
        if np.shape(v) != (self.dv,):
            raise ValueError(f"a value must have shape ({self.dv},), got {np.shape(v)}")
        self._key_list.append(k)  # the caller's own array, not a copy
        self._value_list.append(v)
        self._n += 1

    def attend(self, q) -> np.ndarray:
        if np.shape(q) != (self.d,):
            raise ValueError(f"a query must have shape ({self.d},), got {np.shape(q)}")
        if self._n == 0:
            raise ValueError("the cache is empty: there is nothing to attend to")
        self._keys, self._values = np.array(self._key_list), np.array(self._value_list)
        scores = self._keys[:self._n] @ q / math.sqrt(self.d)  # the filled rows only
        scores -= scores.max()  # the largest score becomes 0: exp never overflows
        weights = np.exp(scores)
        return weights @ self._values[:self._n] / weights.sum()

    def __len__(self) -> int:
        return self._n
