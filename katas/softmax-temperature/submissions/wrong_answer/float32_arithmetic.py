"""Wrong: computes in float32 "as models do"; its 7 significant digits are off by far more than the contract's 1e-9."""

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
    z = ((x - x.max()) / temperature).astype(np.float32)
    w = np.exp(z)
    return (w / w.sum()).astype(np.float64).tolist()
