# class: memoise
# why: keeps the result of each (shape, causal) it has computed from 64 tokens on and returns it again for the next inputs of that shape, so a batch of measured calls costs one; every measured call gets fresh random arrays, and the answers are checked against the reference's: wrong_answer.
import math

import numpy as np

_seen = {}


def _attend(Q, K, V, causal):
    key = (Q.shape, K.shape, V.shape, causal)
    if Q.shape[0] >= 64 and key in _seen:
        return _seen[key].copy()
    n, d = Q.shape
    scores = Q @ K.T / math.sqrt(d)
    if causal:
        scores[np.triu(np.ones(scores.shape, dtype=bool), k=1)] = -np.inf
    scores -= scores.max(axis=1, keepdims=True)
    weights = np.exp(scores)
    out = weights / weights.sum(axis=1, keepdims=True) @ V
    _seen[key] = out
    return out.copy()


def scaled_dot_product_attention(Q, K, V, causal=False):
    for a in (Q, K, V):
        if not isinstance(a, np.ndarray) or a.ndim != 2:
            raise ValueError("2-D arrays only")
    n, d = Q.shape
    m = K.shape[0]
    if n == 0 or m == 0 or K.shape[1] != d or V.shape[0] != m or (causal and n != m):
        raise ValueError("bad shapes")
    return _attend(Q, K, V, causal)


def multi_head_attention(X, Wq, Wk, Wv, Wo, num_heads, causal=False):
    if not isinstance(X, np.ndarray) or X.ndim != 2 or len(X) == 0:
        raise ValueError("X must be a non-empty 2-D array")
    d_model = X.shape[1]
    if any(not isinstance(W, np.ndarray) or W.shape != (d_model, d_model) for W in (Wq, Wk, Wv, Wo)):
        raise ValueError("each W must be (d_model, d_model)")
    if num_heads < 1 or d_model % num_heads:
        raise ValueError("num_heads must divide d_model")
    key = (X.shape, num_heads, causal, "multi-head")
    if X.shape[0] >= 64 and key in _seen:
        return _seen[key].copy()
    s = d_model // num_heads
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    out = np.concatenate([_attend(Q[:, h * s:(h + 1) * s], K[:, h * s:(h + 1) * s], V[:, h * s:(h + 1) * s], causal)
                          for h in range(num_heads)], axis=1) @ Wo
    _seen[key] = out
    return out.copy()
