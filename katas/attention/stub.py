"""Scaled dot-product attention and multi-head attention. Run `kata show attention` for the full statement."""

import numpy as np


def scaled_dot_product_attention(Q: np.ndarray, K: np.ndarray, V: np.ndarray, causal: bool = False) -> np.ndarray:
    """softmax(Q Kᵀ / sqrt(d)) V for Q (n, d), K (m, d), V (m, dv): a float64 array (n, dv), each
    row's softmax computed stably. causal=True requires n == m and lets row i attend to j <= i
    only. ValueError for non-2-D inputs, unequal d, V's row count != m, n = 0 or m = 0."""
    raise NotImplementedError


def multi_head_attention(X: np.ndarray, Wq: np.ndarray, Wk: np.ndarray, Wv: np.ndarray, Wo: np.ndarray,
                         num_heads: int, causal: bool = False) -> np.ndarray:
    """Q = X Wq, K = X Wk, V = X Wv for X (n, d_model) and each W (d_model, d_model); split the
    columns into num_heads contiguous heads of equal width, attend per head (scale
    1/sqrt(d_model / num_heads)), concatenate the heads in order, multiply by Wo. ValueError for
    num_heads < 1, d_model % num_heads != 0, wrong shapes, non-2-D inputs or n = 0."""
    raise NotImplementedError
