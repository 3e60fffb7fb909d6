"""Wrong: np.exp(l / T) without subtracting the maximum; at logits of 1e4 it overflows to inf, and inf / inf is NaN."""

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
        return out.tolist()
    with np.errstate(over="ignore", invalid="ignore"):
        w = np.exp(x / temperature)
        return (w / w.sum()).tolist()
