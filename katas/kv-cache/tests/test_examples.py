"""Fixed cases, each with the reason it is there. Expected outputs come from the model in
conftest.py (causal attention over the whole sequence, in numpy) or are exact by hand."""

import math

import numpy as np

from judge.testing import expect, expect_raises


def a(values):
    return np.array(values, dtype=np.float64)


def decode(solution, K, V, Q):
    """KVCache(d, dv); for each token t: append(K[t], V[t]), attend(Q[t]). The outputs."""
    cache = solution.KVCache(K.shape[1], V.shape[1])
    outputs = []
    for t in range(len(K)):
        cache.append(K[t], V[t])
        outputs.append(cache.attend(Q[t]))
    return cache, outputs


def expect_rows(model, outputs, expected, note):
    for t, out in enumerate(outputs):
        model.close(out, expected[t], call=f"attend(q) after {t + 1} append(s)",
                    note=f"{note}; it must equal row {t} of causal attention over the whole sequence")


def test_statement_example(solution, model):
    K = a([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    V = a([[1.0], [3.0], [5.0]])
    Q = a([[0.0, 0.0], [0.0, 2.0], [2.0, 0.0]])
    _, outputs = decode(solution, K, V, Q)
    e = math.exp(math.sqrt(2))  # the score of q = (0, 2) against k = (0, 1) is 2 / sqrt(2) = sqrt(2)
    model.close(outputs[0], a([1.0]), call="attend(q) after 1 append", note="one cached token: the output is its value")
    model.close(outputs[1], a([(1.0 + 3.0 * e) / (1.0 + e)]), call="attend(q) after 2 appends",
                note="scores 0 and 2 / sqrt(2) against the two cached keys; weights their softmax")
    expect_rows(model, outputs, model.causal_attention(Q, K, V), "three tokens")


def test_decoding_equals_causal_attention_row_by_row(solution, model):
    rng = np.random.default_rng(11)
    K, V, Q = rng.standard_normal((7, 3)), rng.standard_normal((7, 2)), rng.standard_normal((7, 3))
    _, outputs = decode(solution, K, V, Q)
    expect_rows(model, outputs, model.causal_attention(Q, K, V), "d = 3, dv = 2, seven tokens")


def test_the_scale_is_the_square_root_of_d_not_dv(solution, model):
    # d = 4, dv = 1: scores are divided by sqrt(4) = 2; dividing by sqrt(dv) = 1 doubles them
    K = a([[1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 0.0, 0.0]])
    V = a([[2.0], [0.0]])
    Q = a([[0.5, 0.5, 0.5, 0.5], [0.5, 0.5, 0.5, 0.5]])
    _, outputs = decode(solution, K, V, Q)
    e = math.exp(1.0)  # q·k = 2, divided by sqrt(4): a score of 1 against 0
    model.close(outputs[1], a([2.0 * e / (e + 1.0)]), call="attend(q) after 2 appends",
                note="q·k = 2 and 0, divided by sqrt(d) = sqrt(4) = 2 (the key width, not the value width dv = 1)")
    rng = np.random.default_rng(4)
    K, V, Q = rng.standard_normal((5, 6)), rng.standard_normal((5, 1)), rng.standard_normal((5, 6))
    _, outputs = decode(solution, K, V, Q)
    expect_rows(model, outputs, model.causal_attention(Q, K, V), "d = 6, dv = 1: the scale is 1/sqrt(6)")


def test_values_wider_than_keys(solution, model):
    rng = np.random.default_rng(8)
    K, V, Q = rng.standard_normal((4, 1)), rng.standard_normal((4, 5)), rng.standard_normal((4, 1))
    _, outputs = decode(solution, K, V, Q)
    expect_rows(model, outputs, model.causal_attention(Q, K, V), "d = 1, dv = 5: the output has dv = 5 elements")


def test_length_counts_the_appends(solution):
    cache = solution.KVCache(2, 3)
    expect(cache.len(), 0, note="a new cache holds nothing")
    for t in range(1, 6):
        cache.append(np.full(2, float(t)), np.full(3, -float(t)))
        expect(cache.len(), t, note=f"{t} tokens appended")
    cache.attend(np.ones(2))
    expect(cache.len(), 5, note="attend reads the cache; it adds nothing")


def test_attend_reads_without_changing_the_cache(solution, model):
    rng = np.random.default_rng(5)
    K, V = rng.standard_normal((6, 4)), rng.standard_normal((6, 3))
    cache = solution.KVCache(4, 3)
    for t in range(6):
        cache.append(K[t], V[t])
    for q in rng.standard_normal((3, 4)):
        expected = model.attention_of_one(q, K, V)
        model.close(cache.attend(q), expected, note="attention of this query over the six cached tokens")
        model.close(cache.attend(q), expected, note="the same query again: attend must not change the cache")


def test_one_token_gives_its_value(solution, model):
    cache = solution.KVCache(3, 4)
    cache.append(a([5.0, -1.0, 2.0]), a([4.0, -8.0, 0.5, 0.0]))
    model.close(cache.attend(a([0.3, -2.0, 7.0])), a([4.0, -8.0, 0.5, 0.0]),
                note="one cached token takes all the weight, whatever the query")


def test_large_scores_do_not_overflow(solution, model):
    # d = 4 and values exact in binary: the scores are exactly 500,000 and 499,500 (then -500,000
    # and -499,500 for the negated query): every stable softmax gives weights 1 and e^-500
    K = a([[1000.0, 0.0, 0.0, 0.0], [999.0, 0.0, 0.0, 0.0]])
    V = a([[2.0, -3.0], [7.0, 9.0]])
    cache = solution.KVCache(4, 2)
    cache.append(K[0], V[0])
    cache.append(K[1], V[1])
    model.close(cache.attend(a([1000.0, 0.0, 0.0, 0.0])), a([2.0, -3.0]),
                note="scores of 500,000: exp() of them overflows; subtract the largest score first")
    model.close(cache.attend(a([-1000.0, 0.0, 0.0, 0.0])), a([7.0, 9.0]),
                note="scores of -500,000: exp() of them is 0 for both keys (0 / 0); subtract the largest score first")


def test_appended_arrays_are_copied(solution, model):
    rng = np.random.default_rng(3)
    K, V, Q = rng.standard_normal((5, 3)), rng.standard_normal((5, 2)), rng.standard_normal((5, 3))
    report = model.decode_reusing_buffers(solution.KVCache(3, 2), K, V, Q)
    expected = model.causal_attention(Q, K, V)
    for t, out in enumerate(report["outputs"]):
        model.close(out, expected[t], call=f"attend(q) after {t + 1} append(s)",
                    note="the caller reuses one k and one v array for every token (after append(k, v) it writes "
                         "the next token, here NaN, into them): append must copy k and v, not keep the caller's arrays")


def test_the_callers_arrays_are_never_written(solution, model):
    rng = np.random.default_rng(6)
    K, V, Q = rng.standard_normal((4, 5)), rng.standard_normal((4, 2)), rng.standard_normal((4, 5))
    report = model.decode_reusing_buffers(solution.KVCache(5, 2), K, V, Q)
    model.expect_unwritten(report["written"])


def test_attend_on_an_empty_cache_raises(solution):
    expect_raises("ValueError", solution.KVCache(3, 2).attend, np.ones(3), note="nothing cached yet: nothing to attend to")
    expect_raises("ValueError", solution.KVCache(1, 1).attend, np.ones(1), note="nothing cached yet: nothing to attend to")


def test_keys_and_values_of_other_shapes_raise(solution):
    cache = solution.KVCache(3, 2)
    k, v = np.ones(3), np.ones(2)
    for bad, why in ((np.ones(2), "(2,)"), (np.ones(4), "(4,)"), (np.ones((3, 1)), "(3, 1)"), (np.ones((1, 3)), "(1, 3)"),
                     (np.array(1.0), "() (a 0-d array)"), (np.ones(0), "(0,)")):
        expect_raises("ValueError", cache.append, bad, v, note=f"a key must have shape exactly (d,) = (3,), not {why}")
    for bad, why in ((np.ones(3), "(3,)"), (np.ones(1), "(1,)"), (np.ones((2, 1)), "(2, 1)"), (np.ones((1, 2)), "(1, 2)"),
                     (np.array(2.0), "() (a 0-d array)")):
        expect_raises("ValueError", cache.append, k, bad, note=f"a value must have shape exactly (dv,) = (2,), not {why}")
    expect_raises("ValueError", cache.append, v, k, note="key and value swapped: a (2,) key and a (3,) value")


def test_queries_of_other_shapes_raise(solution):
    cache = solution.KVCache(3, 2)
    cache.append(np.ones(3), np.ones(2))
    for bad, why in ((np.ones(2), "(2,)"), (np.ones(4), "(4,)"), (np.ones((3, 1)), "(3, 1)"), (np.ones((1, 3)), "(1, 3)"),
                     (np.array(1.0), "() (a 0-d array)")):
        expect_raises("ValueError", cache.attend, bad, note=f"a query must have shape exactly (d,) = (3,), not {why}")
    expect_raises("ValueError", solution.KVCache(3, 2).attend, np.ones(2),
                  note="a query of the wrong shape on an empty cache: ValueError either way")
