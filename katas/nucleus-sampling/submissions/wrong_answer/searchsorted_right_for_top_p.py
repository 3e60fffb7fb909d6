"""Wrong: searchsorted(..., side="right") finds the first cumulative sum > top_p, not >= top_p, so a sum exactly equal to top_p keeps one token too many."""

import math

import numpy as np


def softmax(logits, temperature=1.0):
    if not math.isfinite(temperature) or temperature < 0:
        raise ValueError("temperature must be finite and >= 0")
    x = np.asarray(logits, dtype=np.float64)
    if x.size == 0 or np.isnan(x).any() or np.isposinf(x).any():
        raise ValueError("bad logits")
    top = x.max()
    if top == -np.inf:
        raise ValueError("every logit is -inf")
    if temperature == 0:
        out = np.zeros_like(x)
        out[int(np.argmax(x))] = 1.0
        return out
    w = np.exp((x - top) / temperature)
    return w / w.sum()


def _validate(top_k, top_p, u):
    if top_k is not None and not top_k >= 1:
        raise ValueError("top_k must be >= 1")
    if top_p is not None and not 0 < top_p <= 1:
        raise ValueError("top_p must be in (0, 1]")
    if not 0 <= u < 1:
        raise ValueError("u must be in [0, 1)")


def sample_token(logits, *, temperature=1.0, top_k=None, top_p=None, u):
    _validate(top_k, top_p, u)
    p = softmax(logits, temperature)
    if temperature == 0:
        return int(np.argmax(p))
    order = np.argsort(-p, kind="stable")
    if top_k is not None:
        order = order[:top_k]
    kept = p[order]
    if top_p is not None:
        cut = int(np.searchsorted(np.cumsum(kept), top_p, side="right")) + 1
        order, kept = order[:cut], kept[:cut]
    cumulative = np.cumsum(kept / kept.sum())
    index = int(np.searchsorted(cumulative, u, side="right"))
    return int(order[min(index, len(order) - 1)])
