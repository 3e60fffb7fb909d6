"""Wrong: list(array) holds numpy.float64 items, not Python floats (the contract asks for .tolist())."""

import math

import numpy as np


def softmax(logits, temperature=1.0):
    if not math.isfinite(temperature) or temperature < 0:
        raise ValueError("bad temperature")
    x = np.asarray(logits, dtype=np.float64)
    if x.size == 0 or np.isnan(x).any() or np.isposinf(x).any() or x.max() == -np.inf:
        raise ValueError("bad logits")
    if temperature == 0:
        out = np.zeros_like(x)
        out[int(np.argmax(x))] = 1.0
        return list(out)
    w = np.exp((x - x.max()) / temperature)
    return list(w / w.sum())
