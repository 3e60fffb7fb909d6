# class: wrong-on-large
# why: the correctness tests use a handful of tokens, so from 128 tokens on it computes in float32 (half the memory traffic, faster exp) and casts the result back to float64; the answers given while measured are checked against the reference's to 8 decimals, and float32 is off in the 8th: wrong_answer.
import math

import numpy as np


def _attend(Q, K, V, causal):
    n, d = Q.shape
    m = K.shape[0]
    if n >= 128:
        Q, K, V = (a.astype(np.float32) for a in (Q, K, V))
    scores = (Q @ K.T) / np.asarray(math.sqrt(d), dtype=Q.dtype)
    if causal:
        scores[np.triu(np.ones((n, m), dtype=bool), k=1)] = -np.inf
    scores -= scores.max(axis=1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=1, keepdims=True)
    return (weights @ V).astype(np.float64)


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
    s = d_model // num_heads
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    return np.concatenate([_attend(Q[:, h * s:(h + 1) * s], K[:, h * s:(h + 1) * s], V[:, h * s:(h + 1) * s], causal)
                           for h in range(num_heads)], axis=1) @ Wo
