"""sample_token() against the model (conftest.py) on random logits and arguments, and every
invalid argument on random lists; then the measured inputs, checked once against the reference.

The logits are multiples of 1/8 between -8 and 8 (exact in binary: equal logits give exactly
equal probabilities, and distinct ones differ by far more than 1e-9 at temperatures 0.1 to 20),
some of them -inf but never all. Inputs where top_p or u lies within 1e-9 of a boundary, where
honest float sums may disagree, are discarded (the model says which)."""

import math
import random

from hypothesis import assume, given
from hypothesis import strategies as st

from judge.testing import expect_raises, submission

GRID = st.integers(min_value=-64, max_value=64).map(lambda i: i / 8)
LOGIT = st.one_of(GRID, GRID, GRID, GRID, GRID, st.just(-math.inf))
LOGITS = st.lists(LOGIT, min_size=1, max_size=16).filter(lambda xs: any(x != -math.inf for x in xs))
TEMPERATURE = st.one_of(st.just(0.0), st.just(1.0), st.floats(min_value=0.1, max_value=20.0))
TOP_K = st.one_of(st.none(), st.integers(min_value=1, max_value=20))
TOP_P = st.one_of(st.none(), st.just(1.0), st.floats(min_value=0.0, max_value=1.0, exclude_min=True))
U = st.floats(min_value=0.0, max_value=1.0, exclude_max=True)


@given(data=st.data(), logits=st.lists(LOGIT, min_size=2, max_size=16).filter(lambda xs: any(x != -math.inf for x in xs)),
       temperature=st.one_of(st.just(1.0), st.floats(min_value=0.1, max_value=20.0)),
       top_p=st.one_of(st.none(), st.floats(min_value=0.05, max_value=1.0)), u=U)
def test_matches_the_model(check, data, logits, temperature, top_p, u):
    # top_k mostly below the number of tokens, where it cuts something
    top_k = data.draw(st.one_of(st.none(), st.integers(min_value=1, max_value=len(logits) + 1)), label="top_k")
    outcome = check.possible_tokens(logits, temperature=temperature, top_k=top_k, top_p=top_p, u=u)
    assume(len(outcome.tokens) == 1)
    check.sample(submission(), logits, temperature=temperature, top_k=top_k, top_p=top_p, u=u)


@given(seed=st.integers(min_value=0, max_value=2**64 - 1))
def test_matches_the_model_on_random_draws(check, seed):
    # Hypothesis explores by small edits of one example; these are drawn whole from a seed: 2 to
    # 16 logits on the grid (ties likely), a sixth of them -inf, a temperature, and top_k, top_p
    # and u spread over their whole ranges.
    draw = random.Random(seed)
    size = draw.randint(2, 16)
    spread = draw.choice([8, 24, 64])
    logits = [-math.inf if draw.random() < 1 / 6 else draw.randint(-spread, spread) / 8 for _ in range(size)]
    logits[draw.randrange(size)] = draw.randint(-spread, spread) / 8
    temperature = draw.choice([1.0, round(draw.uniform(0.2, 5.0), 3)])
    top_k = draw.choice([None, draw.randint(1, size), draw.randint(1, size + 1)])
    top_p = draw.choice([None, round(draw.uniform(0.05, 1.0), 6), round(draw.uniform(0.3, 0.95), 6)])
    u = draw.random()
    outcome = check.possible_tokens(logits, temperature=temperature, top_k=top_k, top_p=top_p, u=u)
    assume(len(outcome.tokens) == 1)
    check.sample(submission(), logits, temperature=temperature, top_k=top_k, top_p=top_p, u=u)


@given(logits=LOGITS, top_k=TOP_K, top_p=TOP_P, u=U)
def test_temperature_zero_returns_the_first_argmax(check, logits, top_k, top_p, u):
    check.sample(submission(), logits, temperature=0.0, top_k=top_k, top_p=top_p, u=u)


@given(data=st.data(), logits=LOGITS, temperature=TEMPERATURE)
def test_invalid_k_p_or_u_raises(data, logits, temperature):
    which = data.draw(st.sampled_from(["top_k", "top_p", "u"]), label="invalid")
    kwargs = {"temperature": temperature, "u": data.draw(U, label="u")}
    if which == "top_k":
        kwargs["top_k"] = data.draw(st.integers(max_value=0), label="top_k")
    elif which == "top_p":
        kwargs["top_p"] = data.draw(st.one_of(st.floats(max_value=0.0), st.floats(min_value=1.0, exclude_min=True),
                                              st.just(math.nan)), label="top_p")
    else:
        kwargs["u"] = data.draw(st.one_of(st.floats(max_value=-5e-324), st.floats(min_value=1.0),
                                          st.just(math.nan)), label="u")
    expect_raises("ValueError", submission().sample_token, logits, **kwargs,
                  note=f"{which} is invalid (top_k >= 1, 0 < top_p <= 1, 0 <= u < 1), at every temperature")


@given(data=st.data(), logits=LOGITS, temperature=TEMPERATURE, top_k=TOP_K, top_p=TOP_P, u=U)
def test_softmax_errors_raise(data, logits, temperature, top_k, top_p, u):
    kind = data.draw(st.sampled_from(["NaN logit", "+inf logit", "all -inf", "empty", "bad temperature"]), label="error")
    if kind in ("NaN logit", "+inf logit"):
        where = data.draw(st.integers(min_value=0, max_value=len(logits)), label="position")
        logits = logits[:where] + [math.nan if kind == "NaN logit" else math.inf] + logits[where:]
    elif kind == "all -inf":
        logits = [-math.inf] * len(logits)
    elif kind == "empty":
        logits = []
    else:
        temperature = data.draw(st.one_of(st.floats(max_value=-5e-324), st.sampled_from([math.nan, math.inf])),
                                label="temperature")
    expect_raises("ValueError", submission().sample_token, logits, temperature=temperature, top_k=top_k, top_p=top_p,
                  u=u, note=f"{kind}: sample_token raises ValueError wherever softmax(logits, temperature) would")


def test_measured_inputs_match_the_reference(engine):
    """The performance group's inputs at its smallest size, checked before measuring (every
    measurement checks its answers too)."""
    engine.check_answers("sample", 1_000, what="sample_token(logits, …) with top_p, with top_k = V // 2, "
                         "with both and with neither", size_name="V")
