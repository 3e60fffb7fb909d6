"""Random layers against the contract's formulas (conftest.py): any shape, rank in range, alpha,
seed, A, B and x; and any rank out of range refused.

Values are multiples of 1/4 between -4 and 4 (exact in binary), so that the products are exact
or nearly so, whatever order a submission multiplies in."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from judge.testing import expect_raises, submission, support

quarters = st.integers(min_value=-16, max_value=16).map(lambda k: k / 4)


def matrix(draw, rows, cols, label):
    return np.array(draw(st.lists(st.lists(quarters, min_size=cols, max_size=cols), min_size=rows, max_size=rows), label=label),
                    dtype=np.float64).reshape(rows, cols)


@st.composite
def layers(draw):
    out_features = draw(st.integers(1, 5), label="out")
    in_features = draw(st.integers(1, 5), label="in")
    rank = draw(st.integers(1, min(out_features, in_features)), label="rank")
    alpha = draw(st.sampled_from([0.5, 1.0, 2.0, 3.0, 8.0, 16.0, 32.0]), label="alpha")
    seed = draw(st.integers(0, 2**32 - 1), label="seed")
    W = matrix(draw, out_features, in_features, "W")
    A = matrix(draw, rank, in_features, "A")
    B = matrix(draw, out_features, rank, "B")
    x = matrix(draw, draw(st.integers(1, 4), label="batch"), in_features, "x")
    return W, rank, alpha, seed, A, B, x


@settings(max_examples=80)
@given(layer=layers())
def test_any_layer_matches_the_formulas(layer, model):
    W, rank, alpha, seed, A, B, x = layer
    report = model.run(W, rank, alpha, seed, A=A, B=B, x=x)
    model.check_run(report, W, rank, alpha, seed, A=A, B=B, x=x)


@st.composite
def ranks_out_of_range(draw):
    out_features = draw(st.integers(1, 6), label="out")
    in_features = draw(st.integers(1, 6), label="in")
    low = min(out_features, in_features)
    rank = draw(st.one_of(st.integers(-3, 0), st.integers(low + 1, max(out_features, in_features) + 3)), label="rank")
    return np.ones((out_features, in_features)), rank


@settings(max_examples=40)
@given(case=ranks_out_of_range())
def test_any_rank_out_of_range_raises(case):
    W, rank = case
    expect_raises("ValueError", submission().LoRALinear, W, rank, 1.0, support().make_rng(0),
                  note=f"W {W.shape}: rank {rank} is not between 1 and min(in, out) = {min(W.shape)}")
