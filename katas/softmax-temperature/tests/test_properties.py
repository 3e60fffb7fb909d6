"""softmax() against the model (conftest.py) on random logits and temperatures, and every
invalid argument on random lists; then the measured inputs, checked once against the reference.

The logits are multiples of 1/8 between -8 and 8 (exact in binary, so ties are exact ties and
distinct logits differ by 1/8: at temperature 0 no answer flips when a logit moves by 1e-9),
some of them -inf but never all."""

import math

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import expect_raises, submission

GRID = st.integers(min_value=-64, max_value=64).map(lambda i: i / 8)
LOGIT = st.one_of(GRID, GRID, GRID, st.just(-math.inf))
TEMPERATURE = st.one_of(
    st.just(0.0),
    st.floats(min_value=0.05, max_value=50.0),
    st.sampled_from([5e-324, 1e-310, 1e-300, 1e-9, 1e6, 1e300]),
)


def logits_lists(min_size=1):
    return st.lists(LOGIT, min_size=min_size, max_size=30).filter(lambda xs: any(x != -math.inf for x in xs))


@given(logits=logits_lists(), temperature=TEMPERATURE)
def test_matches_the_model(check, logits, temperature):
    check.softmax(submission(), logits, temperature)


@given(data=st.data(), logits=logits_lists(), temperature=TEMPERATURE)
def test_an_invalid_logit_raises(data, logits, temperature):
    bad = data.draw(st.sampled_from([math.nan, math.inf]), label="bad logit")
    where = data.draw(st.integers(min_value=0, max_value=len(logits)), label="position")
    logits = logits[:where] + [bad] + logits[where:]
    expect_raises("ValueError", submission().softmax, logits, temperature,
                  note=f"logit {where} is {bad!r}: a NaN or +inf logit is invalid")


@given(size=st.integers(min_value=0, max_value=20), temperature=TEMPERATURE)
def test_all_masked_or_empty_raises(size, temperature):
    expect_raises("ValueError", submission().softmax, [-math.inf] * size, temperature,
                  note="an empty list, or every logit -inf, leaves nothing to choose")


@given(logits=logits_lists(), temperature=st.one_of(
    st.floats(max_value=-5e-324, allow_infinity=True, allow_nan=False), st.sampled_from([math.nan, math.inf])))
def test_an_invalid_temperature_raises(logits, temperature):
    expect_raises("ValueError", submission().softmax, logits, temperature,
                  note="the temperature must be a finite number >= 0")


def test_measured_inputs_match_the_reference(engine):
    """The performance group's inputs at its smallest size, checked before measuring (every
    measurement checks its answers too): a fast path that is wrong only on large inputs is a
    wrong answer, not a time to compare."""
    engine.check_answers("softmax", 1_000, what="softmax(logits, T) at 0.5 <= T <= 2 and at T = 0", size_name="V")
