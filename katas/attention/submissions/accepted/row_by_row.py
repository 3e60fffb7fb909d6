"""Also accepted: one query row at a time, against only the keys it may see (all of them, or
j <= i when causal). A Python loop over rows, but each row costs O(m·(d + dv)): O(n·m·(d + dv))
in all, as the contract asks."""

import math

import numpy as np


def scaled_dot_product_attention(Q, K, V, causal=False):
    for a in (Q, K, V):
        if not isinstance(a, np.ndarray) or a.ndim != 2:
            raise ValueError("Q, K and V must be 2-D arrays")
    n, d = Q.shape
    m = K.shape[0]
    if n == 0 or m == 0:
        raise ValueError("empty input")
    if K.shape[1] != d or V.shape[0] != m:
        raise ValueError("Q and K must share d, V must have m rows")
    if causal and n != m:
        raise ValueError("causal attention needs n == m")
    out = np.empty((n, V.shape[1]))
    scale = 1.0 / math.sqrt(d)
    for i in range(n):
        seen = i + 1 if causal else m
        scores = (K[:seen] @ Q[i]) * scale
        weights = np.exp(scores - scores.max())
        out[i] = (weights @ V[:seen]) / weights.sum()
    return out


def multi_head_attention(X, Wq, Wk, Wv, Wo, num_heads, causal=False):
    if not isinstance(X, np.ndarray) or X.ndim != 2 or len(X) == 0:
        raise ValueError("X must be a non-empty 2-D array")
    d_model = X.shape[1]
    if any(not isinstance(W, np.ndarray) or W.shape != (d_model, d_model) for W in (Wq, Wk, Wv, Wo)):
        raise ValueError("every W must be (d_model, d_model)")
    if num_heads < 1 or d_model % num_heads != 0:
        raise ValueError("num_heads must be at least 1 and divide d_model")
    size = d_model // num_heads
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    out = np.empty_like(Q)
    for h in range(num_heads):
        cols = slice(h * size, (h + 1) * size)
        out[:, cols] = scaled_dot_product_attention(Q[:, cols], K[:, cols], V[:, cols], causal)
    return out @ Wo
