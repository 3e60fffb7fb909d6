"""Runs in the solution process: helpers for the visible examples (lists in, rounded lists out),
the scenarios the hidden tests cannot play from the judge's process, and the workloads the
performance group measures.

An array the judge passes arrives here as a fresh copy, so a cache that keeps the caller's array
instead of copying it cannot be seen from the judge's side: `decode_reusing_buffers` plays the
caller that reuses its arrays (as a decoder writes each token's projections into the same
scratch buffers) and reports what the cache answered and whether it wrote into them.

Workloads draw every array from the judge's seed (`numpy.random.default_rng(rng.getrandbits(64))`)
and return small, checked answers: len(), and each output of `attend` projected on a random
vector and rounded to 6 decimals (outputs are weighted averages of standard-normal values, of order 1;
honest solutions that order their arithmetic differently agree to about 1e-15, far inside the
rounding, while a dropped key, a float32 computation or a window over the last tokens does not).
"""

import sys

import numpy as np

D = DV = 32  # the widths of the measured caches: fixed, so only the number of tokens grows
ROUNDS = 16  # decoding steps (append one token, attend) measured on a cache of t tokens


def _solution():
    return sys.modules["solution"]


def _rounded(out, digits=6):
    """An output as a list of floats rounded for reading (the examples of `kata test`); anything
    that is not a float64 ndarray is described instead, so the example shows what came back."""
    if type(out) is not np.ndarray:
        return out
    if out.dtype != np.float64:
        return f"an array of dtype {out.dtype}, not float64"
    return [round(float(x), digits) for x in out.reshape(-1).tolist()] if out.ndim == 1 else \
        f"an array of shape {out.shape}, not (dv,)"


def _rows(rows, width):
    return np.array(rows, dtype=np.float64).reshape(len(rows), width)


# the visible examples ----------------------------------------------------------------------
def decode(d, dv, keys, values, queries):
    """KVCache(d, dv), then for each token t: append(keys[t], values[t]) and attend(queries[t]);
    the outputs rounded to 6 decimals."""
    K, V, Q = _rows(keys, d), _rows(values, dv), _rows(queries, d)
    cache = _solution().KVCache(d, dv)
    outputs = []
    for t in range(len(K)):
        cache.append(K[t].copy(), V[t].copy())
        outputs.append(_rounded(cache.attend(Q[t].copy())))
    return outputs


def attend_on_empty(d, dv):
    """KVCache(d, dv).attend(zeros(d)): nothing cached yet."""
    return _rounded(_solution().KVCache(d, dv).attend(np.zeros(d)))


def append_shapes(d, dv, key_shape, value_shape):
    """KVCache(d, dv).append(ones(key_shape), ones(value_shape)), then len() of the cache."""
    cache = _solution().KVCache(d, dv)
    cache.append(np.ones(tuple(key_shape)), np.ones(tuple(value_shape)))
    return len(cache)


# scenarios for the hidden tests ------------------------------------------------------------
def decode_reusing_buffers(cache, K, V, Q):
    """A decoder's loop with one scratch buffer each for k, v and q, reused for every token: for
    token t the caller writes K[t], V[t] into its buffers and appends them, then writes NaN into
    them (they are its own, and about to hold the next token), then writes Q[t] into its query
    buffer and attends. A cache that kept the caller's arrays instead of copying them holds NaN
    or the last token. Returns every output, and each call that wrote into the caller's arrays."""
    k, v, q = np.empty(K.shape[1]), np.empty(V.shape[1]), np.empty(Q.shape[1])
    outputs, written = [], []
    for t in range(len(K)):
        k[:], v[:] = K[t], V[t]
        cache.append(k, v)
        if not (np.array_equal(k, K[t]) and np.array_equal(v, V[t])):
            written.append(f"append(k, v) of token {t} changed the caller's k or v")
        k.fill(np.nan)
        v.fill(np.nan)
        q[:] = Q[t]
        outputs.append(cache.attend(q))
        if not np.array_equal(q, Q[t]):
            written.append(f"attend(q) at token {t} changed the caller's q")
    return {"outputs": outputs, "written": written}


def extend(cache, K, V):
    """Append every row of K and V, in order, in this process (thousands of tokens in one
    request). Returns len() of the cache."""
    for t in range(len(K)):
        cache.append(K[t], V[t])
    return len(cache)


# workloads ---------------------------------------------------------------------------------
def _project(out, w):
    """An output, checked: a float64 array of shape (DV,) projected on w and rounded; anything
    else described (so the digest differs from the reference's)."""
    if type(out) is not np.ndarray or out.dtype != np.float64 or out.shape != (DV,):
        return ["not a float64 ndarray of shape (32,)", type(out).__name__,
                str(getattr(out, "dtype", "")), str(getattr(out, "shape", ""))]
    with np.errstate(all="ignore"):
        return round(float(out @ w), 6)


def workload_appends(solution, n, rng):
    """n appends of fresh standard-normal keys and values (d = dv = 32) on an empty cache, timed
    on their own: nothing else is called but len(), so that an attend of any cost is no part of
    it. (What the cache holds is checked by the attend workload, which fills its caches with the
    same appends and whose attends force any work an append put off, and by the hidden tests.)
    Returns len()."""
    g = np.random.default_rng(rng.getrandbits(64))
    K, V = g.standard_normal((n, D)), g.standard_normal((n, DV))
    cache = solution.KVCache(D, DV)
    for t in range(n):
        cache.append(K[t], V[t])
    return [len(cache)]


def workload_attend(solution, n, rng):
    """A cache filled with n tokens, then 16 decoding steps on it (append one more token,
    attend with a fresh query): each attend scores about n cached tokens, so an attend that is
    O(t·(d + dv)) costs O(n) here, and one that recomputes attention over the whole sequence
    (t × t scores) costs O(n²). Returns len() and the 16 outputs, projected and rounded."""
    g = np.random.default_rng(rng.getrandbits(64))
    K, V = g.standard_normal((n + ROUNDS, D)), g.standard_normal((n + ROUNDS, DV))
    Q = g.standard_normal((ROUNDS, D))
    w = g.standard_normal(DV)
    cache = solution.KVCache(D, DV)
    for t in range(n):
        cache.append(K[t], V[t])
    answers = []
    for r in range(ROUNDS):
        cache.append(K[n + r], V[n + r])
        answers.append(_project(cache.attend(Q[r]), w))
    answers.append(len(cache))
    return answers
