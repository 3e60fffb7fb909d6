"""Compile error: the second function is called multi_head, so the required name multi_head_attention is missing."""

import math

import numpy as np


def scaled_dot_product_attention(Q, K, V, causal=False):
    n, d = Q.shape
    scores = Q @ K.T / math.sqrt(d)
    if causal:
        scores[np.triu(np.ones((n, n), dtype=bool), k=1)] = -np.inf
    weights = np.exp(scores - scores.max(axis=1, keepdims=True))
    return weights / weights.sum(axis=1, keepdims=True) @ V


def multi_head(X, Wq, Wk, Wv, Wo, num_heads, causal=False):
    s = X.shape[1] // num_heads
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    return np.concatenate([scaled_dot_product_attention(Q[:, h * s:(h + 1) * s], K[:, h * s:(h + 1) * s],
                                                        V[:, h * s:(h + 1) * s], causal)
                           for h in range(num_heads)], axis=1) @ Wo
