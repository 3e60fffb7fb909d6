"""Fixed cases: the statement's examples, logits of magnitude 1e4, tiny temperatures,
temperature 0, -inf masking, and every argument the contract rejects. `check` (conftest.py)
calls softmax(), checks the logits were left as they were, and compares with the model."""

import math

from judge.testing import expect_raises

INF, NAN = math.inf, math.nan


def test_statement_examples(solution, check):
    check.softmax(solution, [1.0, 2.0, 3.0], note="temperature defaults to 1.0")
    check.softmax(solution, [1.0, 2.0, 3.0], 1.0)
    check.softmax(solution, [1.0, 2.0, 3.0], 0.5, note="a temperature below 1 sharpens the distribution")
    check.softmax(solution, [1.0, 2.0, 3.0], 2.0, note="a temperature above 1 flattens it")
    check.softmax(solution, [0.0, 0.0, 0.0, 0.0], 1.0)
    check.softmax(solution, [2.5, -1.0, 0.75, 2.5, 0.0], 0.8)


def test_equal_logits_give_equal_probabilities(solution, check):
    check.softmax(solution, [7.5, 7.5, 7.5], 1.0)
    check.softmax(solution, [-2.0] * 5, 0.3)
    check.softmax(solution, [4.0], 1.0, note="one token gets probability 1.0")
    check.softmax(solution, [4.0], 1e-300, note="one token gets probability 1.0")


def test_large_logits_neither_overflow_nor_give_nan(solution, check):
    note = "exp(10000) overflows a float: subtract the largest logit first, so every exponent is <= 0"
    check.softmax(solution, [1e4, 1e4 - 1.0, 1e4 - 2.0], 1.0, note=note)
    check.softmax(solution, [1e4, 1e4], 1.0, note=note)
    check.softmax(solution, [1e4, -1e4, 0.0], 1.0, note=note)
    check.softmax(solution, [1e4, 9999.5], 0.5, note=note)
    note = "exp(-10000) underflows to 0.0 and 0/0 is NaN: subtract the largest logit first"
    check.softmax(solution, [-1e4, -1e4 + 1.0, -1e4 + 0.5], 1.0, note=note)
    check.softmax(solution, [-1e4, -1e4], 2.0, note=note)


def test_tiny_temperatures_neither_overflow_nor_give_nan(solution, check):
    note = ("1e4 / 1e-305 overflows to inf, and inf - inf is NaN: subtract the maximum before dividing, "
            "so (l - max) / T is <= 0 and at worst -inf")
    check.softmax(solution, [1e4, 0.0], 1e-305, note=note)
    check.softmax(solution, [0.0, 1e4, -1e4], 1e-305, note=note)
    note = ("at T = 1e-310, 1 / T is inf and 0 * inf is NaN: divide (l - max) by T, do not multiply by 1 / T; "
            "(l - max) / T is <= 0 and at worst -inf")
    check.softmax(solution, [1.0, 0.5, 1.0], 1e-310, note=note)
    check.softmax(solution, [-3.0, -3.0, -1e4], 5e-324, note=note)
    check.softmax(solution, [2.0, 1.0, 2.0], 1e-3)


def test_temperature_zero_is_greedy(solution, check):
    check.softmax(solution, [1.0, 3.0, 2.0], 0.0)
    check.softmax(solution, [0.5], 0.0)
    check.softmax(solution, [1e4, -1e4], 0.0)
    note = "temperature 0 puts 1.0 on the first maximum when several logits tie"
    check.softmax(solution, [3.0, 1.0, 3.0], 0.0, note=note)
    check.softmax(solution, [2.0, 5.0, 5.0, 5.0], 0.0, note=note)
    check.softmax(solution, [-7.0, -7.0], 0.0, note=note)
    check.softmax(solution, [-INF, 4.0, -INF, 4.0], 0.0, note=note)


def test_masked_logits_get_zero(solution, check):
    note = "a -inf logit is masked: its probability is 0.0 and the others share 1.0"
    check.softmax(solution, [0.0, -INF, 0.0], 1.0, note=note)
    check.softmax(solution, [-INF, 3.0], 1.0, note=note)
    check.softmax(solution, [-INF, -INF, 2.0, -INF], 1.7, note=note)
    check.softmax(solution, [1.0, -INF, 2.0, 0.5, -INF], 0.7, note=note)
    note = ("a -inf logit gets 0.0 at every temperature; a large finite stand-in such as -1e9 does not: "
            "(-1e9 - 0) / 1e12 is only -0.001")
    check.softmax(solution, [0.0, -INF, 1.0], 1e12, note=note)
    check.softmax(solution, [5.0, -INF, 5.0, -INF], 1e300, note=note)
    check.softmax(solution, [-INF, 2.0, 1.0], 1e-305, note=note)


def test_invalid_temperatures_raise_value_error(solution):
    f = solution.softmax
    expect_raises("ValueError", f, [1.0, 2.0], -1.0, note="a negative temperature is invalid")
    expect_raises("ValueError", f, [1.0, 2.0], -1e-300, note="a negative temperature is invalid")
    expect_raises("ValueError", f, [1.0, 2.0], NAN, note="a NaN temperature is invalid")
    expect_raises("ValueError", f, [1.0, 2.0], INF, note="an infinite temperature is invalid")
    expect_raises("ValueError", f, [1.0, -INF], INF, note="an infinite temperature is invalid")
    expect_raises("ValueError", f, [1.0, 2.0], -INF, note="an infinite temperature is invalid")


def test_invalid_logits_raise_value_error(solution):
    f = solution.softmax
    for t in (1.0, 0.0):
        at = f" (temperature {t})"
        expect_raises("ValueError", f, [], t, note="an empty list has no distribution" + at)
        expect_raises("ValueError", f, [1.0, NAN, 2.0], t, note="a NaN logit is invalid" + at)
        expect_raises("ValueError", f, [NAN], t, note="a NaN logit is invalid" + at)
        expect_raises("ValueError", f, [1.0, INF], t, note="a +inf logit is invalid" + at)
        expect_raises("ValueError", f, [INF, INF], t, note="a +inf logit is invalid" + at)
        expect_raises("ValueError", f, [-INF, -INF, -INF], t, note="when every logit is -inf nothing can be chosen" + at)
        expect_raises("ValueError", f, [-INF], t, note="when every logit is -inf nothing can be chosen" + at)
    expect_raises("ValueError", f, [], note="an empty list has no distribution (temperature 1.0 by default)")
