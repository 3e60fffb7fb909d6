"""Also accepted: numpy, with the same checks; np.exp(-inf) is 0.0, and .tolist() gives Python floats."""

import math

import numpy as np


def softmax(logits, temperature=1.0):
    if not math.isfinite(temperature) or temperature < 0:
        raise ValueError("temperature must be finite and >= 0")
    x = np.asarray(logits, dtype=np.float64)
    if x.size == 0:
        raise ValueError("empty logits")
    if np.isnan(x).any() or np.isposinf(x).any():
        raise ValueError("NaN or +inf logit")
    top = x.max()
    if top == -np.inf:
        raise ValueError("every logit is -inf")
    if temperature == 0:
        out = np.zeros_like(x)
        out[int(np.argmax(x))] = 1.0  # argmax returns the first maximum
        return out.tolist()
    w = np.exp((x - top) / temperature)
    return (w / w.sum()).tolist()
