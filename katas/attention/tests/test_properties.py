"""Random shapes and values against the model (conftest.py), the causal property stated by the
contract, and the measured inputs checked against the reference.

Values are multiples of 1/4 between -4 and 4 (exact in binary): scores are exact in attention,
and in multi-head attention they reach a few thousand, so a softmax that is not stable shows."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from judge.testing import submission

def quarters(draw, *shapes):
    """Arrays of the given shapes, of multiples of 1/4 between -4 and 4, from one drawn seed (so
    that a failure shrinks to small shapes and a small seed in a few steps, not element by element)."""
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1), label="seed of the values"))
    return [rng.integers(-16, 17, size=shape) / 4.0 for shape in shapes]


@st.composite
def attention_inputs(draw):
    causal = draw(st.booleans(), label="causal")
    n = draw(st.integers(1, 6), label="n")
    m = n if causal else draw(st.integers(1, 6), label="m")
    d = draw(st.integers(1, 5), label="d")
    dv = draw(st.integers(1, 4), label="dv")
    return (*quarters(draw, (n, d), (m, d), (m, dv)), causal)


@settings(max_examples=40)
@given(inputs=attention_inputs())
def test_attention_matches_the_formula(inputs, model):
    Q, K, V, causal = inputs
    got = submission().scaled_dot_product_attention(Q, K, V, causal=causal)
    model.close(got, model.attention(Q, K, V, causal=causal),
                note=f"Q {Q.shape}, K {K.shape}, V {V.shape}, causal={causal}: softmax(Q Kᵀ / sqrt(d)) V, row by row")


@st.composite
def multi_head_inputs(draw):
    heads = draw(st.integers(1, 3), label="num_heads")
    size = draw(st.integers(1, 3), label="head size")
    d_model = heads * size
    n = draw(st.integers(1, 5), label="n")
    X, *Ws = quarters(draw, (n, d_model), *[(d_model, d_model)] * 4)
    return X, Ws, heads, draw(st.booleans(), label="causal")


@settings(max_examples=25)
@given(inputs=multi_head_inputs())
def test_multi_head_matches_the_formula(inputs, model):
    X, Ws, heads, causal = inputs
    got = submission().multi_head_attention(X, *Ws, heads, causal=causal)
    model.close(got, model.multi_head(X, *Ws, heads, causal=causal),
                note=f"X {X.shape}, {heads} head(s) of width {X.shape[1] // heads}, causal={causal}")


# the causal property: row i of the output depends on rows 0..i of the input only. The rows
# after i are replaced by other rows, at every scale up to 1e10: scores far above or below the
# ones row i may see must change nothing in it (a row maximum taken before masking, or a mask of
# -1e9 instead of -inf, lets them in).
scales = st.sampled_from([1.0, 1e3, -1e3, 1e10, -1e10])


@st.composite
def a_prefix_and_new_rows(draw, widths):
    n = draw(st.integers(2, 6), label="n")
    i = draw(st.integers(0, n - 2), label="i")
    first = quarters(draw, *[(n, w) for w in widths])
    scale = draw(scales, label="scale of the new rows")
    second = [a.copy() for a in first]
    for a, new_rows in zip(second, quarters(draw, *[(n - i - 1, w) for w in widths])):
        a[i + 1:] = new_rows * scale
    return first, second, i, scale


def same_shape(got, expected, model):
    """The result itself, once it is a float64 array of the expected shape (else the comparison
    with the model says what came back instead)."""
    if type(got) is not np.ndarray or got.shape != expected.shape or got.dtype != np.float64:
        with np.errstate(all="ignore"):
            model.close(got, expected)
    return got


@settings(max_examples=40)
@given(data=st.data())
def test_causal_row_i_ignores_later_rows(data, model):
    d, dv = data.draw(st.integers(1, 4), label="d"), data.draw(st.integers(1, 3), label="dv")
    first, second, i, scale = data.draw(a_prefix_and_new_rows((d, d, dv)))
    f = submission().scaled_dot_product_attention
    before = same_shape(f(*first, causal=True), model.attention(*first, causal=True), model)
    after = same_shape(f(*second, causal=True), model.attention(*second, causal=True), model)
    model.close(after[:i + 1], before[:i + 1],
                note=f"rows 0..{i} of the output changed when rows {i + 1}.. of Q, K and V were replaced "
                     f"(new values up to {abs(scale):g} in size): with causal=True, row i may depend on rows 0..i only")


@settings(max_examples=25)
@given(data=st.data())
def test_multi_head_causal_row_i_ignores_later_rows(data, model):
    heads = data.draw(st.integers(1, 2), label="num_heads")
    d_model = heads * data.draw(st.integers(1, 2), label="head size")
    (X,), (X2,), i, scale = data.draw(a_prefix_and_new_rows((d_model,)))
    Ws = quarters(data.draw, *[(d_model, d_model)] * 4)
    f = submission().multi_head_attention
    before = same_shape(f(X, *Ws, heads, causal=True), model.multi_head(X, *Ws, heads, causal=True), model)
    after = same_shape(f(X2, *Ws, heads, causal=True), model.multi_head(X2, *Ws, heads, causal=True), model)
    model.close(after[:i + 1], before[:i + 1],
                note=f"rows 0..{i} of the output changed when rows {i + 1}.. of X were replaced "
                     f"(new values up to {abs(scale):g} in size): with causal=True, row i may depend on rows 0..i only")


def test_measured_inputs_match_the_reference(engine):
    """The measured inputs, checked before measuring: a fast path that is wrong only on long
    sequences is a wrong answer, not a time to compare."""
    engine.check_answers("one_round", 200, what="attention on 200 tokens (scaled_dot_product_attention of width 32 and "
                         "multi_head_attention with d_model 64 in 4 heads, causal and not)", size_name="n")
