"""The model the hidden tests compare with, in the judge's process: causal scaled dot-product
attention over the whole sequence, written directly in numpy (the contract's formula, nothing
of the attention kata's), and the track's tolerances."""

import math

import numpy as np
import pytest

from judge.testing import WrongAnswer, asking, expect_close, same, support

REL = ABS = 1e-9  # the track's tolerances (katas-llm.md): math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9)


def causal_attention(Q, K, V):
    """softmax(Q Kᵀ / sqrt(d)) V with row i over keys 0..i only, each row's softmax stable: the
    row's largest allowed score is subtracted before exp. Row t is what attend(Q[t]) must give
    after the first t + 1 appends."""
    n, d = Q.shape
    scores = Q @ K.T / math.sqrt(d)
    scores[np.triu(np.ones((n, n), dtype=bool), k=1)] = -np.inf
    scores -= scores.max(axis=1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=1, keepdims=True)
    return weights @ V


def attention_of_one(q, K, V):
    """One query over every cached key: what attend(q) must give with K and V cached."""
    scores = K @ q / math.sqrt(len(q))
    weights = np.exp(scores - scores.max())
    return weights @ V / weights.sum()


def close(actual, expected, note=None, call=None):
    expect_close(actual, expected, rel=REL, abs=ABS, note=note, call=call)


def decode_reusing_buffers(cache, K, V, Q):
    """support.decode_reusing_buffers (a decoder's loop with one k, v and q array reused for every
    token, in the solution process), named in feedback by what it asks."""
    d, dv = K.shape[1], V.shape[1]
    with asking(f"KVCache({d}, {dv}); for each of {len(K)} tokens: append(k, v), the caller's k and v then reused, "
                f"attend(q)"):
        return support().decode_reusing_buffers(cache, K, V, Q)


def expect_unwritten(written):
    """What support.decode_reusing_buffers found written into the caller's arrays: nothing."""
    if not same(written, []):
        said = "; ".join(map(str, written)) if type(written) is list else str(written)
        raise WrongAnswer(f"{said}: inputs are never mutated; scale a copy of the query (or the scores), never q itself")


@pytest.fixture
def model():
    class Model:
        pass

    Model.causal_attention = staticmethod(causal_attention)
    Model.attention_of_one = staticmethod(attention_of_one)
    Model.close = staticmethod(close)
    Model.expect_unwritten = staticmethod(expect_unwritten)
    Model.decode_reusing_buffers = staticmethod(decode_reusing_buffers)
    return Model
