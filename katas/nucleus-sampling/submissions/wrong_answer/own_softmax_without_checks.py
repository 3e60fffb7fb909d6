"""Wrong: its own numpy softmax checks only the temperature's sign, so a NaN or +inf logit, every logit -inf, or a NaN or infinite temperature gives NaNs and some token instead of raising ValueError."""

import numpy as np


def _validate(top_k, top_p, u):
    if top_k is not None and not top_k >= 1:
        raise ValueError("top_k must be >= 1")
    if top_p is not None and not 0 < top_p <= 1:
        raise ValueError("top_p must be in (0, 1]")
    if not 0 <= u < 1:
        raise ValueError("u must be in [0, 1)")


def sample_token(logits, *, temperature=1.0, top_k=None, top_p=None, u):
    _validate(top_k, top_p, u)
    if temperature < 0:
        raise ValueError("negative temperature")
    x = np.asarray(logits, dtype=np.float64)
    if x.size == 0:
        raise ValueError("empty logits")
    if temperature == 0:
        return int(np.argmax(x))
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        w = np.exp((x - x.max()) / temperature)
        p = w / w.sum()
    order = np.argsort(-p, kind="stable")
    if top_k is not None:
        order = order[:top_k]
    kept = p[order]
    if top_p is not None:
        cut = int(np.searchsorted(np.cumsum(kept), top_p, side="left")) + 1
        order, kept = order[:cut], kept[:cut]
    with np.errstate(invalid="ignore", divide="ignore"):
        cumulative = np.cumsum(kept / kept.sum())
    index = int(np.searchsorted(cumulative, u, side="right"))
    return int(order[min(index, len(order) - 1)])
