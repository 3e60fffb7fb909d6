"""The model the hidden tests compare with: the contract's formulas, one row and one head at a
time, in Python floats with exactly rounded sums (math.fsum), in the judge's process."""

import math

import numpy as np
import pytest

from judge.testing import expect_close

REL = ABS = 1e-9  # the track's tolerances (katas-llm.md): math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9)


def attention(Q, K, V, causal=False):
    """softmax(Q Kᵀ / sqrt(d)) V, row by row; with causal, row i over keys 0..i only."""
    n, d = Q.shape
    m, dv = V.shape
    out = np.empty((n, dv))
    for i in range(n):
        seen = i + 1 if causal else m
        scores = [math.fsum(Q[i, k] * K[j, k] for k in range(d)) / math.sqrt(d) for j in range(seen)]
        top = max(scores)
        weights = [math.exp(s - top) for s in scores]
        total = math.fsum(weights)
        for c in range(dv):
            out[i, c] = math.fsum(w * V[j, c] for j, w in enumerate(weights)) / total
    return out


def multi_head(X, Wq, Wk, Wv, Wo, num_heads, causal=False):
    """Project, cut the columns into num_heads contiguous heads, attend per head (each scaled
    by its own width), concatenate in order, project with Wo."""
    size = X.shape[1] // num_heads
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    heads = [attention(Q[:, h * size:(h + 1) * size], K[:, h * size:(h + 1) * size],
                       V[:, h * size:(h + 1) * size], causal) for h in range(num_heads)]
    return np.concatenate(heads, axis=1) @ Wo


def close(actual, expected, note=None):
    expect_close(actual, expected, rel=REL, abs=ABS, note=note)


@pytest.fixture
def model():
    class Model:
        pass

    Model.attention = staticmethod(attention)
    Model.multi_head = staticmethod(multi_head)
    Model.close = staticmethod(close)
    return Model
