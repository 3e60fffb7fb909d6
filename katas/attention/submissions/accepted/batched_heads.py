"""Also accepted: all heads at once. The projections are reshaped to (num_heads, n, size) — a
reshape to (n, num_heads, size) keeps each head's columns contiguous — and one batched einsum
computes every head's scores; the causal mask is np.where with -inf, the softmax stable."""

import numpy as np


def _softmax_attention(Q, K, V, causal):
    """Q (..., n, d), K (..., m, d), V (..., m, dv): attention over the last two axes."""
    d = Q.shape[-1]
    scores = np.einsum("...id,...jd->...ij", Q, K) / np.sqrt(d)
    if causal:
        n = scores.shape[-1]
        scores = np.where(np.arange(n)[None, :] > np.arange(n)[:, None], -np.inf, scores)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ V


def scaled_dot_product_attention(Q, K, V, causal=False):
    if any(not isinstance(a, np.ndarray) or a.ndim != 2 for a in (Q, K, V)):
        raise ValueError("Q, K and V must be 2-D arrays")
    (n, d), (m, dk), (mv, _) = Q.shape, K.shape, V.shape
    if n < 1 or m < 1 or d != dk or mv != m or (causal and n != m):
        raise ValueError(f"incompatible shapes Q {Q.shape}, K {K.shape}, V {V.shape} (causal={causal})")
    return _softmax_attention(Q, K, V, causal)


def multi_head_attention(X, Wq, Wk, Wv, Wo, num_heads, causal=False):
    if not isinstance(X, np.ndarray) or X.ndim != 2 or X.shape[0] < 1:
        raise ValueError("X must be a 2-D array with at least one row")
    n, d_model = X.shape
    if any(not isinstance(W, np.ndarray) or W.shape != (d_model, d_model) for W in (Wq, Wk, Wv, Wo)):
        raise ValueError(f"every W must be ({d_model}, {d_model})")
    if num_heads < 1 or d_model % num_heads:
        raise ValueError(f"{num_heads} heads do not split d_model = {d_model} evenly")
    size = d_model // num_heads
    Q, K, V = ((X @ W).reshape(n, num_heads, size).transpose(1, 0, 2) for W in (Wq, Wk, Wv))
    heads = _softmax_attention(Q, K, V, causal)  # (num_heads, n, size)
    return heads.transpose(1, 0, 2).reshape(n, d_model) @ Wo
