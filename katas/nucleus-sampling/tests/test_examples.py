"""Fixed cases: the statement's examples, ties, top_k, top_p on the original probabilities,
exact boundaries (on data exact in binary), the fallback when rounding leaves nothing above u,
temperature 0, masking, and every argument the contract rejects. `check` (conftest.py) calls
sample_token(), checks the logits were left as they were, and compares with the model."""

import math

from judge.testing import expect_raises

INF, NAN = math.inf, math.nan
# logits whose probabilities are about 0.4, 0.3, 0.2 and 0.1 at temperature 1, in a shuffled order:
# token 2 (0.4), token 0 (0.3), token 3 (0.2), token 1 (0.1)
SPREAD = [math.log(0.3), math.log(0.1), math.log(0.4), math.log(0.2)]


def test_statement_examples(solution, check):
    check.sample(solution, SPREAD, u=0.05)
    check.sample(solution, SPREAD, u=0.5)
    check.sample(solution, SPREAD, u=0.95)
    check.sample(solution, SPREAD, top_k=2, u=0.6)
    check.sample(solution, SPREAD, top_p=0.8, u=0.95)
    check.sample(solution, SPREAD, temperature=0.0, u=0.95)
    check.sample(solution, [2.0, 1.0, 0.5, -1.0, 3.0], temperature=0.7, top_k=3, top_p=0.9, u=0.85)


def test_tokens_are_ordered_by_probability(solution, check):
    note = "sampling walks the tokens by probability, descending, not by index"
    check.sample(solution, SPREAD, u=0.35, note=note)
    check.sample(solution, SPREAD, u=0.75, note=note)
    check.sample(solution, [-1.0, 0.0, 1.0, 2.0], temperature=2.0, u=0.3, note=note)


def test_ties_are_broken_by_lower_index(solution, check):
    note = "equal probabilities are ordered by lower index first"
    check.sample(solution, [0.0, 1.0, 0.0, 1.0], u=0.1, note=note)
    check.sample(solution, [0.0, 1.0, 0.0, 1.0], u=0.8, note=note)
    check.sample(solution, [0.0, 1.0, 0.0, 1.0], top_k=1, u=0.9, note=note)
    check.sample(solution, [0.0, 1.0, 0.0, 1.0], top_k=3, u=0.99, note=note)
    check.sample(solution, [5.0, 5.0, 5.0, 5.0, 5.0], u=0.1, note=note)
    check.sample(solution, [1.0, 3.0, 3.0], temperature=1e-300, u=0.3, note=note)


def test_top_k(solution, check):
    check.sample(solution, SPREAD, top_k=1, u=0.99, note="top_k = 1 keeps only the most probable token")
    check.sample(solution, SPREAD, top_k=3, u=0.95)
    note = "a top_k larger than the number of tokens keeps them all"
    check.sample(solution, SPREAD, top_k=4, u=0.95, note=note)
    check.sample(solution, SPREAD, top_k=10, u=0.95, note=note)
    check.sample(solution, [0.0, 0.0, 0.0, 0.0], top_k=10, u=0.9, note=note)


def test_top_p_keeps_the_token_that_crosses_it(solution, check):
    note = "the shortest prefix whose cumulative probability reaches top_p includes the token that crosses it"
    check.sample(solution, SPREAD, top_p=0.6, u=0.9, note=note)
    check.sample(solution, SPREAD, top_p=0.1, u=0.9, note=note + " (here the very first token)")
    check.sample(solution, [0.0, 0.0, 0.0, 0.0], top_p=0.6, u=0.9, note=note)
    check.sample(solution, SPREAD, top_p=1.0, u=0.97, note="top_p = 1 keeps every token")


def test_top_p_uses_the_original_probabilities(solution, check):
    note = ("top_p is compared with the original probabilities of the tokens top_k kept, "
            "not with their renormalised ones")
    check.sample(solution, SPREAD, top_k=2, top_p=0.5, u=0.8, note=note)
    check.sample(solution, SPREAD, top_k=3, top_p=0.75, u=0.9, note=note)


def test_what_is_kept_is_renormalised(solution, check):
    note = "the kept probabilities are divided by their sum before they are compared with u"
    check.sample(solution, SPREAD, top_k=2, u=0.5, note=note)
    check.sample(solution, SPREAD, top_p=0.8, u=0.75, note=note)


def test_exact_boundaries(solution, check):
    # Equal logits: probabilities 1/4 or 1/8, every sum exact in binary, so the contract's
    # ">= top_p" and "> u" are tested at equality.
    four, eight = [0.0] * 4, [3.0] * 8
    note = "the prefix stops at the first cumulative probability >= top_p (here exactly equal to it)"
    check.sample(solution, four, top_p=0.5, u=0.75, exact=True, note=note)
    check.sample(solution, eight, top_p=0.375, u=0.6, exact=True, note=note)
    check.sample(solution, four, top_p=0.25, u=0.5, exact=True, note=note)
    note = "the token is the first whose renormalised cumulative probability is > u (here u equals one of them)"
    check.sample(solution, four, u=0.25, exact=True, note=note)
    check.sample(solution, four, u=0.5, exact=True, note=note)
    check.sample(solution, four, u=0.0, exact=True, note=note)
    check.sample(solution, eight, top_k=4, u=0.75, exact=True, note=note)
    check.sample(solution, [0.0, 0.0, -INF, 0.0, 0.0], top_p=0.5, u=0.5, exact=True, note=note)


def test_fallback_when_rounding_leaves_nothing_above_u(solution, check):
    # u is the largest float below 1: the cumulative float sum may end at or below it, and the
    # contract then gives the last kept token, which is also the token the exact sum gives.
    u = math.nextafter(1.0, 0.0)
    note = "if rounding leaves no cumulative sum above u, the answer is the last kept token"
    for v in (6, 7, 10, 13, 14, 19, 22, 27, 31, 37):
        check.sample(solution, [0.0] * v, u=u, note=note)
    check.sample(solution, [0.0] * 12, top_k=10, u=u, note=note)
    check.sample(solution, [1.0] * 20, top_k=13, u=u, note=note)
    check.sample(solution, [0.5] * 40, top_p=0.71, u=u, note=note)


def test_temperature_zero_returns_the_first_argmax(solution, check):
    check.sample(solution, [1.0, 3.0, 2.0], temperature=0.0, u=0.5)
    note = "temperature 0 is greedy: the first maximum, whatever top_k, top_p and u are"
    check.sample(solution, [1.0, 3.0, 3.0], temperature=0.0, u=0.99, note=note)
    check.sample(solution, [-INF, 2.0, 2.0, 1.0], temperature=0.0, top_k=1, top_p=0.1, u=0.0, note=note)
    check.sample(solution, [7.0, 7.0, 7.0], temperature=0.0, top_k=3, top_p=1.0, u=0.5, note=note)


def test_masked_tokens_are_never_drawn(solution, check):
    note = "a -inf logit has probability 0.0 and is never drawn"
    check.sample(solution, [0.0, -INF, 0.0], u=0.99, note=note)
    check.sample(solution, [-INF, 1.0, -INF, 1.0], u=0.6, note=note)
    check.sample(solution, [-INF, -INF, 2.0], top_k=3, u=0.999, note=note)
    check.sample(solution, [1.0, -INF, 0.5, 2.0, -INF], temperature=1e12, u=0.7, note=note)


def test_large_logits_and_tiny_temperatures(solution, check):
    check.sample(solution, [1e4, 1e4 - 1.0, 1e4 - 2.0], u=0.8, note="logits of 1e4 must not overflow")
    check.sample(solution, [-1e4, -1e4 + 1.0], u=0.2, note="logits of -1e4 must not underflow to 0 / 0")
    check.sample(solution, [1e4, 0.0, 1e4], temperature=1e-305, u=0.6, note="1e4 / 1e-305 must not overflow")


def test_invalid_k_p_u_raise_value_error(solution):
    f = solution.sample_token
    for t in (1.0, 0.0):
        at = f" (at temperature {t} too)"
        for k in (0, -1):
            expect_raises("ValueError", f, [1.0, 2.0], temperature=t, top_k=k, u=0.5, note=f"top_k must be >= 1{at}")
        for p in (0.0, -0.5, 1.5, NAN, INF):
            expect_raises("ValueError", f, [1.0, 2.0], temperature=t, top_p=p, u=0.5, note=f"top_p must be in (0, 1]{at}")
        for u in (1.0, -0.1, 1.5, NAN, -INF):
            expect_raises("ValueError", f, [1.0, 2.0], temperature=t, u=u, note=f"u must be in [0, 1){at}")


def test_softmax_errors_raise_value_error(solution):
    f = solution.sample_token
    for t in (1.0, 0.0):
        at = f" (at temperature {t} too: sample_token raises wherever softmax would)"
        expect_raises("ValueError", f, [], temperature=t, u=0.5, note="an empty list has no token" + at)
        expect_raises("ValueError", f, [1.0, NAN], temperature=t, u=0.5, note="a NaN logit is invalid" + at)
        expect_raises("ValueError", f, [INF, 1.0], temperature=t, u=0.5, note="a +inf logit is invalid" + at)
        expect_raises("ValueError", f, [-INF, -INF], temperature=t, u=0.5, note="every logit -inf leaves nothing" + at)
    for t in (-1.0, NAN, INF):
        expect_raises("ValueError", f, [1.0, 2.0], temperature=t, u=0.5,
                      note="the temperature must be a finite number >= 0, as for softmax")
        expect_raises("ValueError", f, [1.0, 2.0], temperature=t, top_k=1, u=0.5,
                      note="the temperature must be a finite number >= 0, as for softmax")
