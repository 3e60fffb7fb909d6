"""Runs in the solution process: helpers for the visible examples (lists in, rounded lists out)
and the workloads the performance group measures.

Workloads draw every array from the judge's seed (`numpy.random.default_rng(rng.getrandbits(64))`)
and call the submission on fresh arrays each run. What they return is small and checked: 32
elements of each result at random positions, to 8 decimals, and one random projection
u · out · w of the whole result (so no element can be skipped), to 6 decimals. Attention outputs
here are of order 1, and honest solutions that order their arithmetic differently agree to about
1e-15, far inside the rounding; a float32 computation, a dropped mask or an approximation does not.
"""

import sys

import numpy as np

D = 32  # the key and value width of the self-attention workload: fixed, so only n grows
D_MODEL = 64  # the multi-head workload: d_model 64 in 4 heads of 16
HEADS = 4
SAMPLES = 32


def _solution():
    return sys.modules["solution"]


def _rounded(out, digits=6):
    """A result as lists of floats rounded for reading (the examples of `kata test`); anything
    that is not an ndarray is returned as it is, so the example shows what came back."""
    if type(out) is not np.ndarray:
        return out
    if out.dtype != np.float64:
        return f"an array of dtype {out.dtype}, not float64"
    return [[round(float(x), digits) for x in row] for row in np.atleast_2d(out).tolist()]


def _matrix(rows, width=None):
    """A float64 array from a list of rows; [] is an array with no rows (of `width` columns)."""
    a = np.array(rows, dtype=np.float64)
    if a.size == 0 and width is not None:
        return a.reshape(0, width)
    return a


def attention(Q, K, V, causal=False):
    """scaled_dot_product_attention on float64 arrays made from lists; the result rounded to 6 decimals."""
    K = _matrix(K)
    return _rounded(_solution().scaled_dot_product_attention(
        _matrix(Q, K.shape[1] if K.ndim == 2 else None), K, _matrix(V), causal=causal))


def multi_head(X, Wq, Wk, Wv, Wo, num_heads, causal=False):
    """multi_head_attention on float64 arrays made from lists; the result rounded to 6 decimals."""
    Wq = _matrix(Wq)
    return _rounded(_solution().multi_head_attention(
        _matrix(X, Wq.shape[0] if Wq.ndim == 2 else None), Wq, _matrix(Wk), _matrix(Wv), _matrix(Wo),
        num_heads, causal=causal))


def multi_head_identity(X, num_heads, causal=False):
    """multi_head on X with all four weight matrices the identity (so Q = K = V = X and the
    output is the heads concatenated): a short way to write the examples."""
    d_model = len(X[0]) if X and isinstance(X[0], list) else 0
    eye = np.eye(d_model).tolist()
    return multi_head(X, eye, eye, eye, eye, num_heads, causal=causal)


# workloads ----------------------------------------------------------------------------------
def _summary(out, shape, g):
    """What a result is checked by: 32 elements and a projection of all of them, rounded."""
    if type(out) is not np.ndarray or out.dtype != np.float64 or out.shape != shape:
        return ["not a float64 ndarray of shape", list(shape), type(out).__name__,
                str(getattr(out, "dtype", "")), str(getattr(out, "shape", ""))]
    rows = g.integers(0, shape[0], SAMPLES)
    cols = g.integers(0, shape[1], SAMPLES)
    u, w = g.random(shape[0]), g.random(shape[1])
    with np.errstate(all="ignore"):
        projection = float(u @ out @ w)
    return [round(projection, 6), [round(float(x), 8) for x in out[rows, cols]]]


def repetitions(n):
    """Rounds per run at n tokens: about 30 ms of the reference's work whatever n is (its cost is
    about 0.5 ms + 75 ms·(n/1024)² per round), so the judge's fixed cost per request stays a
    small part of every measurement. The performance test divides by the same number (per=)."""
    return max(1, round(0.03 / (0.0005 + 0.075 * (n / 1024) ** 2)))


def _round(solution, n, g):
    """One round on n tokens: scaled_dot_product_attention causal and not (width 32), then
    multi_head_attention causal and not (d_model 64 in 4 heads, weights of scale 1/8 so that the
    scores stay of order 1), each on fresh standard-normal arrays. Every result's summary."""
    answers = []
    for causal in (True, False):
        Q, K, V = g.standard_normal((n, D)), g.standard_normal((n, D)), g.standard_normal((n, D))
        answers.append(_summary(solution.scaled_dot_product_attention(Q, K, V, causal=causal), (n, D), g))
    for causal in (True, False):
        X = g.standard_normal((n, D_MODEL))
        Ws = [g.standard_normal((D_MODEL, D_MODEL)) / 8.0 for _ in range(4)]
        answers.append(_summary(solution.multi_head_attention(X, *Ws, HEADS, causal=causal), (n, D_MODEL), g))
    return answers


def workload_attention(solution, n, rng):
    """repetitions(n) rounds of self-attention on n tokens (see _round). Returns every summary."""
    g = np.random.default_rng(rng.getrandbits(64))
    return [_round(solution, n, g) for _ in range(repetitions(n))]


def workload_one_round(solution, n, rng):
    """One round on n tokens (see _round), for the correctness check at a measured size."""
    return _round(solution, n, np.random.default_rng(rng.getrandbits(64)))
