"""Fixed cases, each with the reason it is there; the expected tables come from the model in
conftest.py (the contract's formula, entry by entry, with the math module) or are exact."""

import math

import numpy as np

from judge.testing import expect_raises


def test_position_zero_is_sin_0_and_cos_0(solution, model):
    model.close(solution.sinusoidal_positions(1, 8), np.array([[0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0]]),
                note="position 0: every angle is 0, so sin 0 = 0 in the even columns and cos 0 = 1 in the odd ones")


def test_two_columns_are_sin_and_cos_of_the_position(solution, model):
    expected = np.array([[math.sin(p), math.cos(p)] for p in range(6)])
    model.close(solution.sinusoidal_positions(6, 2), expected,
                note="d_model = 2: one frequency, 10000^0 = 1, so row pos is [sin(pos), cos(pos)]")


def test_sin_in_even_columns_cos_in_odd(solution, model):
    expected = np.array([[0.0, 1.0, 0.0, 1.0], [math.sin(1), math.cos(1), math.sin(0.01), math.cos(0.01)]])
    model.close(solution.sinusoidal_positions(2, 4), expected,
                note="column 2i is sin, column 2i + 1 is cos; with d_model = 4 the angles of position 1 are "
                     "1 / 10000^0 = 1 and 1 / 10000^(2/4) = 0.01")


def test_the_exponent_is_2i_over_d_model(solution, model):
    model.close(solution.sinusoidal_positions(3, 8), model.table(3, 8),
                note="column pair i uses 10000^(2i / d_model): 10000^0, 10000^0.25, 10000^0.5, 10000^0.75 for d_model = 8")
    model.close(solution.sinusoidal_positions(5, 6), model.table(5, 6),
                note="d_model = 6: the pairs use 10000^(0/6), 10000^(2/6), 10000^(4/6); sin and cos of a pair share one angle")


def test_a_small_table(solution, model):
    model.close(solution.sinusoidal_positions(7, 10), model.table(7, 10))


def test_many_positions(solution, model):
    model.close(solution.sinusoidal_positions(3000, 16), model.table(3000, 16),
                note="3,000 positions of 16 columns")


def test_a_wide_table(solution, model):
    model.close(solution.sinusoidal_positions(4, 512), model.table(4, 512),
                note="d_model = 512, the original Transformer's width")


def test_shape_and_dtype(solution, model):
    got = solution.sinusoidal_positions(5, 12)
    model.close(got, model.table(5, 12), note="a float64 array of shape (num_positions, d_model) = (5, 12)")


def test_every_call_returns_the_table(support, model):
    # the caller adds its embeddings into the first table in place (x += pe, the other way round)
    model.close(support.second_call_after_writing_into_the_first(6, 8), model.table(6, 8),
                note="the second call of sinusoidal_positions(6, 8), after the caller wrote into the table the "
                     "first call returned: each call must return a table of its own, not one it keeps and hands out again")


def test_odd_d_model_raises(solution):
    f = solution.sinusoidal_positions
    for d in (1, 3, 7, 513):
        expect_raises("ValueError", f, 4, d, note=f"d_model = {d} is odd: the columns come in (sin, cos) pairs")


def test_sizes_below_one_raise(solution):
    f = solution.sinusoidal_positions
    expect_raises("ValueError", f, 0, 4, note="num_positions = 0: there must be at least one position")
    expect_raises("ValueError", f, -3, 4, note="num_positions must be at least 1")
    expect_raises("ValueError", f, 5, 0, note="d_model = 0: there must be at least one column pair")
    expect_raises("ValueError", f, 5, -2, note="d_model must be at least 1 (and even)")
    expect_raises("ValueError", f, 0, 0, note="both sizes are below 1")


def test_the_largest_position_rotates_slowest_in_the_last_pair(solution, model):
    got = solution.sinusoidal_positions(10001, 2)
    model.close(got[10000:] if type(got) is np.ndarray else got, np.array([[math.sin(10000.0), math.cos(10000.0)]]),
                note="the last row of sinusoidal_positions(10001, 2): angle 10,000 (d_model = 2 has only 10000^0 = 1)")
