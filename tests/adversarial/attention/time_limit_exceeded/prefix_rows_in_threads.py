# class: move-work
# why: recomputes the causal prefix for every row (O(n³·d)), spread over a pool of threads so that the calling thread only waits; the kernel counts the CPU time of every thread of the process, so the cubic work is still the submission's: time_limit_exceeded.
import math
from concurrent.futures import ThreadPoolExecutor

import numpy as np

_pool = ThreadPoolExecutor(max_workers=4)


def _softmax_rows(scores):
    scores = scores - scores.max(axis=1, keepdims=True)
    weights = np.exp(scores)
    return weights / weights.sum(axis=1, keepdims=True)


def _row(Q, K, V, i):
    d = Q.shape[1]
    scores = Q[:i + 1] @ K[:i + 1].T / math.sqrt(d)
    scores[np.triu(np.ones((i + 1, i + 1), dtype=bool), k=1)] = -np.inf
    return (_softmax_rows(scores) @ V[:i + 1])[i]


def _attend(Q, K, V, causal):
    n, d = Q.shape
    if not causal:
        return _softmax_rows(Q @ K.T / math.sqrt(d)) @ V
    return np.array(list(_pool.map(lambda i: _row(Q, K, V, i), range(n))), dtype=np.float64).reshape(n, V.shape[1])


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
