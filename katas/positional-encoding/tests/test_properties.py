"""Random sizes against the model (conftest.py), the refusals, and the measured inputs checked
against the reference."""

from hypothesis import given, settings
from hypothesis import strategies as st

from judge.testing import expect_raises, submission


@settings(max_examples=40)
@given(num_positions=st.integers(1, 80), d_model=st.integers(1, 40).map(lambda k: 2 * k))
def test_matches_the_formula(num_positions, d_model, model):
    model.close(submission().sinusoidal_positions(num_positions, d_model), model.table(num_positions, d_model),
                note=f"PE[pos, 2i] = sin(pos / 10000^(2i/{d_model})), PE[pos, 2i + 1] = cos(the same angle)")


@settings(max_examples=30)
@given(num_positions=st.integers(-5, 50), d_model=st.integers(-6, 60))
def test_refuses_odd_widths_and_sizes_below_one(num_positions, d_model):
    if num_positions >= 1 and d_model >= 1 and d_model % 2 == 0:
        return
    why = "d_model is odd" if d_model >= 1 and d_model % 2 else "num_positions and d_model must be at least 1"
    expect_raises("ValueError", submission().sinusoidal_positions, num_positions, d_model, note=why)


def test_measured_inputs_match_the_reference(engine):
    """The measured inputs, checked before measuring: a fast path that is wrong only on long
    tables is a wrong answer, not a time to compare."""
    engine.check_answers("one_table", 2_048, what="sinusoidal_positions(num_positions, d_model) with num_positions from "
                         "2,048 to 2,304 and d_model from 56 to 72", size_name="num_positions")
