"""Too slow: a row loop that, for row i, recomputes attention over the whole prefix (the (i+1) × (i+1) score block) and keeps its last row: O(i²·d) per row, O(n³·d) in all."""

import math

import numpy as np


def _softmax_rows(scores):
    scores = scores - scores.max(axis=1, keepdims=True)
    weights = np.exp(scores)
    return weights / weights.sum(axis=1, keepdims=True)


def _check(Q, K, V, causal):
    for a in (Q, K, V):
        if not isinstance(a, np.ndarray) or a.ndim != 2:
            raise ValueError("Q, K and V must be 2-D arrays")
    n, d = Q.shape
    m = K.shape[0]
    if n == 0 or m == 0 or K.shape[1] != d or V.shape[0] != m or (causal and n != m):
        raise ValueError("incompatible shapes")


def scaled_dot_product_attention(Q, K, V, causal=False):
    _check(Q, K, V, causal)
    n, d = Q.shape
    if not causal:
        return _softmax_rows(Q @ K.T / math.sqrt(d)) @ V
    out = np.empty((n, V.shape[1]))
    for i in range(n):
        # the prefix up to row i, as if decoding had no cache: every earlier row again
        scores = Q[:i + 1] @ K[:i + 1].T / math.sqrt(d)
        scores[np.triu(np.ones((i + 1, i + 1), dtype=bool), k=1)] = -np.inf
        out[i] = (_softmax_rows(scores) @ V[:i + 1])[i]
    return out


def multi_head_attention(X, Wq, Wk, Wv, Wo, num_heads, causal=False):
    if not isinstance(X, np.ndarray) or X.ndim != 2 or X.shape[0] == 0:
        raise ValueError("X must be a non-empty 2-D array")
    d_model = X.shape[1]
    for W in (Wq, Wk, Wv, Wo):
        if not isinstance(W, np.ndarray) or W.shape != (d_model, d_model):
            raise ValueError("each W must be (d_model, d_model)")
    if num_heads < 1 or d_model % num_heads:
        raise ValueError("num_heads must divide d_model")
    size = d_model // num_heads
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    heads = [scaled_dot_product_attention(Q[:, h * size:(h + 1) * size], K[:, h * size:(h + 1) * size],
                                          V[:, h * size:(h + 1) * size], causal) for h in range(num_heads)]
    return np.concatenate(heads, axis=1) @ Wo
