# class: wrong-on-large
# why: the hidden tests' own inputs are short, so beyond 256 tokens each query attends only to the 64 keys before it (sliding-window attention: O(n·64·d), linear in n, so its growth looks better than the reference's); the answers given while measured are compared with the reference's on the same inputs: wrong_answer.
import math

import numpy as np

WINDOW = 64


def _full(Q, K, V, causal):
    n, d = Q.shape
    scores = Q @ K.T / math.sqrt(d)
    if causal:
        scores[np.triu(np.ones(scores.shape, dtype=bool), k=1)] = -np.inf
    scores -= scores.max(axis=1, keepdims=True)
    weights = np.exp(scores)
    return weights / weights.sum(axis=1, keepdims=True) @ V


def _attend(Q, K, V, causal):
    n, d = Q.shape
    if n <= 256:
        return _full(Q, K, V, causal)
    out = np.empty((n, V.shape[1]))
    for start in range(0, n, WINDOW):
        stop = min(n, start + WINDOW)
        lo = max(0, start - WINDOW)
        hi = stop if causal else min(n, stop + WINDOW)
        scores = Q[start:stop] @ K[lo:hi].T / math.sqrt(d)
        if causal:
            rows = np.arange(start, stop)[:, None]
            scores[np.arange(lo, hi)[None, :] > rows] = -np.inf
        scores -= scores.max(axis=1, keepdims=True)
        weights = np.exp(scores)
        out[start:stop] = weights / weights.sum(axis=1, keepdims=True) @ V[lo:hi]
    return out


def scaled_dot_product_attention(Q, K, V, causal=False):
    for a in (Q, K, V):
        if not isinstance(a, np.ndarray) or a.ndim != 2:
            raise ValueError("2-D arrays only")
    n, d = Q.shape
    m = K.shape[0]
    if n == 0 or m == 0 or K.shape[1] != d or V.shape[0] != m or (causal and n != m):
        raise ValueError("bad shapes")
    if n != m:
        return _full(Q, K, V, causal)
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
