"""Wrong: accepts causal=True with n != m (the mask is cut to the (n, m) rectangle), where the contract asks for ValueError."""

import math

import numpy as np


def _matrix(name, a):
    if not isinstance(a, np.ndarray) or a.ndim != 2:
        raise ValueError(f"{name} must be a 2-D array, got {getattr(a, 'shape', type(a).__name__)}")
    return a


def scaled_dot_product_attention(Q, K, V, causal=False):
    Q, K, V = _matrix("Q", Q), _matrix("K", K), _matrix("V", V)
    n, d = Q.shape
    m = K.shape[0]
    if n == 0 or m == 0:
        raise ValueError(f"attention needs at least one query and one key, got n = {n}, m = {m}")
    if K.shape[1] != d:
        raise ValueError(f"Q and K must have the same width d, got {d} and {K.shape[1]}")
    if V.shape[0] != m:
        raise ValueError(f"V must have one row per key (m = {m}), got {V.shape[0]}")
    if d == 0:
        raise ValueError("the key width d must be at least 1")
    scores = (Q @ K.T) / math.sqrt(d)
    if causal:
        scores[np.triu(np.ones((n, m), dtype=bool), k=1)] = -np.inf  # row i sees j <= i only
    scores -= scores.max(axis=1, keepdims=True)  # the largest allowed score of each row becomes 0
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=1, keepdims=True)
    return scores @ V


def multi_head_attention(X, Wq, Wk, Wv, Wo, num_heads, causal=False):
    X = _matrix("X", X)
    n, d_model = X.shape
    if n == 0:
        raise ValueError("the sequence is empty")
    for name, W in (("Wq", Wq), ("Wk", Wk), ("Wv", Wv), ("Wo", Wo)):
        if _matrix(name, W).shape != (d_model, d_model):
            raise ValueError(f"{name} must be ({d_model}, {d_model}), got {W.shape}")
    if num_heads < 1 or d_model % num_heads:
        raise ValueError(f"num_heads must be at least 1 and divide d_model = {d_model}, got {num_heads}")
    size = d_model // num_heads
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    heads = [
        scaled_dot_product_attention(Q[:, h * size:(h + 1) * size], K[:, h * size:(h + 1) * size],
                                     V[:, h * size:(h + 1) * size], causal)
        for h in range(num_heads)
    ]
    return np.concatenate(heads, axis=1) @ Wo
