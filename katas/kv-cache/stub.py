"""Incremental decoding with a key/value cache. Run `kata show kv-cache` for the full statement."""

import numpy as np


class KVCache:
    """The keys and values of every token decoded so far, so that each new token's query
    attends over them without recomputing the past."""

    def __init__(self, d: int, dv: int) -> None:
        """An empty cache for keys of shape (d,) and values of shape (dv,)."""
        raise NotImplementedError

    def append(self, k: np.ndarray, v: np.ndarray) -> None:
        """Add one token: a copy of its key k (d,) and its value v (dv,). ValueError for any other
        shape. T appends cost O(T·(d + dv)) in total (amortised)."""
        raise NotImplementedError

    def attend(self, q: np.ndarray) -> np.ndarray:
        """softmax(K q / sqrt(d)) V over every cached key and value, for one query q (d,): a float64
        array (dv,). ValueError for an empty cache or a query that is not (d,). O(t·(d + dv))."""
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of tokens appended."""
        raise NotImplementedError
