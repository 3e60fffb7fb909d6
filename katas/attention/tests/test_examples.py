"""Fixed cases, each with the reason it is there. The expected arrays come from the model in
conftest.py (the contract's formula, row by row, in exactly rounded sums) or are exact by hand."""

import math

import numpy as np

from judge.testing import call_unchanged, expect_raises


def a(rows):
    return np.array(rows, dtype=np.float64)


def sdpa(solution, Q, K, V, causal=False):
    """Call with a check that Q, K and V are left as they were."""
    return call_unchanged(solution.scaled_dot_product_attention, Q, K, V, causal=causal)


def mha(solution, X, Ws, num_heads, causal=False):
    return call_unchanged(solution.multi_head_attention, X, *Ws, num_heads, causal=causal)


# scaled_dot_product_attention ---------------------------------------------------------------
def test_equal_scores_average_the_values(solution, model):
    V = a([[1.0, 2.0], [3.0, 4.0], [5.0, 12.0]])
    model.close(sdpa(solution, a([[0.0, 0.0], [0.0, 0.0]]), a([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]]), V),
                a([[3.0, 6.0], [3.0, 6.0]]), note="a zero query scores every key 0: equal weights, the mean of V's rows")


def test_one_query_two_keys(solution, model):
    # scores 1/sqrt(2) and 0: weights e^(1/√2) / (e^(1/√2) + 1) and 1 / (e^(1/√2) + 1)
    w = math.exp(1 / math.sqrt(2))
    expected = a([[w / (w + 1), 1 / (w + 1)]])
    model.close(sdpa(solution, a([[1.0, 0.0]]), a([[1.0, 0.0], [0.0, 1.0]]), a([[1.0, 0.0], [0.0, 1.0]])), expected,
                note="the scores are Q·K / sqrt(d) = 1/√2 and 0 (d = 2), and the weights their softmax")


def test_the_scale_is_the_square_root_of_d(solution, model):
    Q = a([[1.0, 1.0, 1.0, 1.0]])
    K = a([[1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 0.0, 0.0]])
    V = a([[1.0], [0.0]])
    # the scores are 4 / sqrt(4) = 2 and 0: the first weight is e² / (e² + 1)
    model.close(sdpa(solution, Q, K, V), a([[math.exp(2) / (math.exp(2) + 1)]]),
                note="Q·K = 4 and d = 4: the score is 4 / sqrt(4) = 2, not 4 / 4 and not 4")


def test_n_m_d_and_dv_all_differ(solution, model):
    rng = np.random.default_rng(2024)
    Q, K, V = rng.standard_normal((3, 4)), rng.standard_normal((5, 4)), rng.standard_normal((5, 2))
    model.close(sdpa(solution, Q, K, V), model.attention(Q, K, V),
                note="Q is (3, 4), K (5, 4), V (5, 2): the result is (3, 2)")


def test_causal_row_i_attends_to_keys_up_to_i(solution, model):
    V = a([[1.0, -1.0], [2.0, 0.0], [3.0, 5.0]])
    zeros = np.zeros((3, 2))
    model.close(sdpa(solution, zeros, zeros, V, causal=True), a([[1.0, -1.0], [1.5, -0.5], [2.0, 4.0 / 3.0]]),
                note="equal scores: row i is the mean of V's rows 0..i (row 0 sees only itself)")


def test_causal_against_the_model(solution, model):
    rng = np.random.default_rng(7)
    Q, K, V = rng.standard_normal((5, 3)), rng.standard_normal((5, 3)), rng.standard_normal((5, 4))
    model.close(sdpa(solution, Q, K, V, causal=True), model.attention(Q, K, V, causal=True),
                note="causal: row i attends to keys 0..i only")
    model.close(sdpa(solution, Q, K, V), model.attention(Q, K, V), note="causal=False: every row sees every key")


def test_causal_hides_a_future_key_that_would_win(solution, model):
    # key 1 matches query 0 far better than key 0 does, but query 0 may not see it
    Q = a([[4.0, 0.0], [4.0, 0.0]])
    K = a([[0.0, 0.0], [4.0, 0.0]])
    V = a([[1.0], [100.0]])
    got = sdpa(solution, Q, K, V, causal=True)
    model.close(got, model.attention(Q, K, V, causal=True), note="row 0 sees key 0 only: its output is V[0] = 1, "
                "however well key 1 matches")


def test_large_scores_do_not_overflow(solution, model):
    # d = 4 and values exact in binary: the scores are exact (5e5 and 499,500), so every stable
    # softmax gives the same weights: 1 and e^-500 (about 7e-218)
    Q = a([[1000.0, 0.0, 0.0, 0.0]])
    K = a([[1000.0, 0.0, 0.0, 0.0], [999.0, 0.0, 0.0, 0.0]])
    V = a([[2.0, -3.0], [7.0, 9.0]])
    model.close(sdpa(solution, Q, K, V), a([[2.0, -3.0]]),
                note="scores of 500,000: exp() of them overflows; subtract each row's largest score first")
    model.close(sdpa(solution, -Q, K, V), a([[7.0, 9.0]]),
                note="scores of -500,000: exp() of them is 0 for both keys (0 / 0); subtract each row's largest score first")


def test_equal_large_scores_split_evenly(solution, model):
    Q = a([[3000.0, 0.0, 0.0, 0.0], [-3000.0, 0.0, 0.0, 0.0]])
    K = a([[1000.0, 0.0, 0.0, 0.0], [1000.0, 0.0, 0.0, 0.0]])
    V = a([[2.0], [4.0]])
    model.close(sdpa(solution, Q, K, V), a([[3.0], [3.0]]),
                note="two equal scores of ±1,500,000: half the weight each, whatever their size")


def test_causal_with_large_scores(solution, model):
    Q = a([[0.0, 0.0, 0.0, 0.0], [-1000.0, 0.0, 0.0, 0.0], [1000.0, 0.0, 0.0, 0.0]])
    K = a([[1000.0, 0.0, 0.0, 0.0], [1000.0, 0.0, 0.0, 0.0], [-1000.0, 0.0, 0.0, 0.0]])
    V = a([[1.0], [3.0], [50.0]])
    model.close(sdpa(solution, Q, K, V, causal=True), a([[1.0], [2.0], [2.0]]),
                note="row 1 scores its two keys -500,000 each (the mean, 2); row 2 scores key 2 at -500,000, far below the others")


def test_single_token(solution, model):
    model.close(sdpa(solution, a([[0.3, -2.0]]), a([[5.0, 1.0]]), a([[4.0, -8.0, 0.5]]), causal=True), a([[4.0, -8.0, 0.5]]),
                note="one key: all the weight on it, the output is its value")


def test_wrong_shapes_raise(solution):
    f = solution.scaled_dot_product_attention
    Q, K, V = np.ones((2, 3)), np.ones((4, 3)), np.ones((4, 2))
    expect_raises("ValueError", f, np.ones(3), K, V, note="Q must be 2-D: (n, d)")
    expect_raises("ValueError", f, Q, np.ones((1, 4, 3)), V, note="K must be 2-D: (m, d)")
    expect_raises("ValueError", f, Q, K, np.ones(4), note="V must be 2-D: (m, dv)")
    expect_raises("ValueError", f, np.ones((1, 2, 3)), np.ones((1, 4, 3)), np.ones((1, 4, 2)),
                  note="a batch of sequences (3-D arrays) is not what the contract asks: ValueError")
    expect_raises("ValueError", f, Q, np.ones((4, 2)), V, note="Q and K must have the same width d")
    expect_raises("ValueError", f, Q, K, np.ones((3, 2)), note="V must have one row per key (m = 4)")
    expect_raises("ValueError", f, Q, K, np.ones((5, 2)), note="V must have one row per key (m = 4)")


def test_empty_inputs_raise(solution):
    f = solution.scaled_dot_product_attention
    expect_raises("ValueError", f, np.ones((0, 3)), np.ones((4, 3)), np.ones((4, 2)), note="n = 0: no query")
    expect_raises("ValueError", f, np.ones((2, 3)), np.ones((0, 3)), np.ones((0, 2)), note="m = 0: no key to attend to")
    expect_raises("ValueError", f, np.ones((0, 3)), np.ones((0, 3)), np.ones((0, 2)), causal=True, note="n = m = 0")


def test_causal_needs_as_many_queries_as_keys(solution):
    f = solution.scaled_dot_product_attention
    expect_raises("ValueError", f, np.ones((2, 3)), np.ones((4, 3)), np.ones((4, 2)), causal=True,
                  note="causal=True requires n == m (here n = 2, m = 4)")
    expect_raises("ValueError", f, np.ones((4, 3)), np.ones((2, 3)), np.ones((2, 2)), causal=True,
                  note="causal=True requires n == m (here n = 4, m = 2)")


# multi_head_attention -----------------------------------------------------------------------
def weights(seed, d_model):
    rng = np.random.default_rng(seed)
    return [rng.standard_normal((d_model, d_model)) for _ in range(4)]


def test_one_head_is_attention_of_the_projections(solution, model):
    rng = np.random.default_rng(1)
    X = rng.standard_normal((4, 3))
    Ws = weights(11, 3)
    Wq, Wk, Wv, Wo = Ws
    model.close(mha(solution, X, Ws, 1), model.attention(X @ Wq, X @ Wk, X @ Wv) @ Wo,
                note="one head: softmax((X Wq)(X Wk)ᵀ / sqrt(d_model)) (X Wv) Wo")


def test_each_head_is_scaled_by_its_own_width(solution, model):
    # identity projections: Q = K = V = X; with 2 heads of width 2, each head's scores are divided
    # by sqrt(2), not by sqrt(4). Columns 1 and 2 hold the same constant, so that heads cut as
    # contiguous blocks or as interleaved columns give the same answer here: only the scale shows.
    X = a([[1.0, 1.0, 1.0, 0.0], [0.5, 1.0, 1.0, 2.0], [1.5, 1.0, 1.0, -1.0]])
    Ws = [np.eye(4)] * 4
    model.close(mha(solution, X, Ws, 2), model.multi_head(X, *Ws, 2),
                note="2 heads of width 2: each head's scores are divided by sqrt(4 / 2), not by sqrt(d_model)")


def test_heads_are_contiguous_column_blocks(solution, model):
    rng = np.random.default_rng(5)
    X = rng.standard_normal((5, 6))
    Ws = weights(55, 6)
    for heads in (2, 3, 6):
        model.close(mha(solution, X, Ws, heads), model.multi_head(X, *Ws, heads),
                    note=f"{heads} heads of width {6 // heads}: head h is columns h·{6 // heads} to "
                         f"(h + 1)·{6 // heads} - 1 of Q, K and V, concatenated back in order")


def test_multi_head_causal(solution, model):
    rng = np.random.default_rng(9)
    X = rng.standard_normal((6, 4))
    Ws = weights(99, 4)
    model.close(mha(solution, X, Ws, 2, causal=True), model.multi_head(X, *Ws, 2, causal=True),
                note="causal: in every head, row i attends to rows 0..i only")


def test_multi_head_errors(solution):
    f = solution.multi_head_attention
    X = np.ones((3, 4))
    Ws = [np.eye(4)] * 4
    expect_raises("ValueError", f, X, *Ws, 0, note="num_heads must be at least 1")
    expect_raises("ValueError", f, X, *Ws, -2, note="num_heads must be at least 1")
    expect_raises("ValueError", f, X, *Ws, 3, note="d_model = 4 does not split into 3 heads of equal size")
    expect_raises("ValueError", f, X, *Ws, 8, note="d_model = 4 does not split into 8 heads")
    expect_raises("ValueError", f, np.ones((0, 4)), *Ws, 2, note="an empty sequence (n = 0)")
    expect_raises("ValueError", f, np.ones(4), *Ws, 2, note="X must be 2-D: (n, d_model)")
    expect_raises("ValueError", f, np.ones((2, 3, 4)), *Ws, 2, note="X must be 2-D: (n, d_model)")
    for k in range(4):
        name = ("Wq", "Wk", "Wv", "Wo")[k]
        for bad, why in ((np.ones((4, 2)), "(4, 2)"), (np.ones((2, 4)), "(2, 4)"), (np.ones(4), "1-D"),
                         (np.ones((4, 4, 1)), "3-D")):
            wrong = list(Ws)
            wrong[k] = bad
            expect_raises("ValueError", f, X, *wrong, 2, note=f"{name} is {why}: each W must be (d_model, d_model) = (4, 4)")
