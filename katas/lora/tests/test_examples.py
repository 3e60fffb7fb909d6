"""Fixed cases, each with the reason it is there. Expected values come from the contract's
formulas (conftest.py) or are exact by hand. A layer's life is played in the solution process by
support.run (the generator, setting A and B, and the check that W is never written)."""

import numpy as np

from judge.testing import expect, expect_raises, support


def a(rows):
    return np.array(rows, dtype=np.float64)


W23 = a([[1.0, 2.0, 3.0], [0.0, 1.0, 0.0]])


def test_statement_example(model):
    x = a([[1.0, 1.0, 1.0]])
    A, B = a([[1.0, 0.0, 1.0]]), a([[1.0], [-1.0]])
    report = model.run(W23, 1, 2.0, 0, A=A, B=B, x=x)
    model.close(report["forward0"], a([[6.0, 1.0]]), call="forward(x) of a new layer",
                note="B starts at zero, so the new layer gives x Wᵀ, exactly the frozen layer's output")
    model.close(report["forward"], a([[10.0, -3.0]]), call="forward(x) with A = [[1, 0, 1]], B = [[1], [-1]]",
                note="x Wᵀ = [6, 1]; x Aᵀ = [2]; times Bᵀ = [2, -2]; times scale = alpha / rank = 2 / 1: [4, -4]")
    model.close(report["merged"], a([[3.0, 2.0, 5.0], [-2.0, 1.0, -2.0]]), call="merged()",
                note="W + scale · B A = W + 2 · [[1, 0, 1], [-1, 0, -1]]")
    model.check_run(report, W23, 1, 2.0, 0, A=A, B=B, x=x)


def test_a_is_one_draw_from_the_generator_and_b_is_zero(model):
    for seed, W, rank in ((0, W23, 1), (7, W23, 2), (12345, np.ones((4, 6)), 3), (99, np.ones((6, 4)), 4)):
        model.check_run(model.run(W, rank, 1.0, seed), W, rank, 1.0, seed)


def test_the_generator_given_is_the_one_drawn_from(solution, model):
    # the generator stays in the solution process (the judge holds a handle to it): the layer is
    # made with it, then A, B and the generator's state are read back
    rng = support().make_rng(2024)
    W = np.ones((3, 5))
    layer = solution.LoRALinear(W, 2, 8.0, rng)
    A0, state = model.first_draw(2024, 2, 5)
    model.close(support().get(layer, "A"), A0, call="LoRALinear(W (3, 5), rank=2, alpha=8.0, rng).A",
                note="A is rng.normal(0.0, 0.01, size=(2, 5)) from the very generator passed in")
    model.expect_state(support().rng_state(rng), state, "LoRALinear(W (3, 5), rank=2, alpha=8.0, rng)")
    model.close(support().get(layer, "B"), np.zeros((3, 2)), call="LoRALinear(W (3, 5), rank=2, alpha=8.0, rng).B",
                note="B starts as zeros of shape (out, rank) = (3, 2)")


def test_the_scale_is_alpha_over_rank(model):
    # rank 4, alpha 8: the update is scaled by 2, not by alpha = 8
    W = a([[1.0, 0.0, 0.0, 0.0, 2.0], [0.0, 1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 0.0, 1.0, -1.0]])
    A = a([[1.0, 0.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 0.0, 1.0, 0.0]])
    B = a([[0.5, 0.0, 0.0, 0.0], [0.0, 0.5, 0.0, 0.0], [0.0, 0.0, 0.5, 0.0], [0.0, 0.0, 0.0, 0.5]])
    x = a([[1.0, 2.0, 3.0, 4.0, 1.0]])
    report = model.run(W, 4, 8.0, 1, A=A, B=B, x=x)
    model.close(report["forward"], a([[4.0, 4.0, 6.0, 7.0]]), call="forward(x) with rank 4, alpha 8",
                note="x Wᵀ = [3, 2, 3, 3]; x Aᵀ Bᵀ = [0.5, 1, 1.5, 2]; scale = alpha / rank = 8 / 4 = 2 (not alpha)")
    model.check_run(report, W, 4, 8.0, 1, A=A, B=B, x=x)


def test_forward_equals_x_times_merged_transposed(model):
    rng = np.random.default_rng(3)
    W, A, B, x = rng.standard_normal((4, 6)), rng.standard_normal((2, 6)), rng.standard_normal((4, 2)), rng.standard_normal((5, 6))
    report = model.run(W, 2, 16.0, 3, A=A, B=B, x=x)
    model.check_run(report, W, 2, 16.0, 3, A=A, B=B, x=x)
    model.close(report["forward"], x @ report["merged"].T, call="forward(x) against x merged()ᵀ",
                note="merging the update into W gives the same layer: serve it with no extra cost per token")


def test_w_is_never_written(model):
    rng = np.random.default_rng(9)
    W, A, B, x = rng.standard_normal((3, 4)), rng.standard_normal((3, 4)), rng.standard_normal((3, 3)), rng.standard_normal((2, 4))
    report = model.run(W, 3, 6.0, 9, A=A, B=B, x=x)
    model.expect_unwritten(report["written"], "LoRALinear(W, 3, 6.0, rng); forward(x); merged(); A, B set; forward(x); merged(); merged()")
    model.check_run(report, W, 3, 6.0, 9, A=A, B=B, x=x)


def test_merged_follows_a_and_b_as_they_are_set(model):
    # merged() and forward() before A and B are set, then after: a result computed once (at
    # construction or at the first call) and kept is stale
    rng = np.random.default_rng(21)
    W, A, B, x = rng.standard_normal((5, 3)), rng.standard_normal((2, 3)), rng.standard_normal((5, 2)), rng.standard_normal((4, 3))
    report = model.run(W, 2, 4.0, 21, A=A, B=B, x=x)
    model.close(report["merged"], model.merged(W, A, B, 4.0, 2), call="merged() after setting A and B",
                note="merged() is computed from the current A and B at each call, never remembered from an earlier one")
    model.check_run(report, W, 2, 4.0, 21, A=A, B=B, x=x)


def test_trainable_parameters(model):
    for out_features, in_features, rank in ((2, 3, 1), (3, 5, 2), (5, 3, 3), (7, 7, 7)):
        expect(support().trainable(out_features, in_features, rank), rank * (in_features + out_features),
               call=f"LoRALinear(zeros(({out_features}, {in_features})), {rank}, …).trainable_parameters()",
               note="rank · (in + out): the numbers in A (rank × in) and B (out × rank); W is frozen and not counted")
    expect(support().trainable(4096, 4096, 8), 65_536, call="LoRALinear(zeros((4096, 4096)), 8, …).trainable_parameters()",
           note="8 · (4096 + 4096) = 65,536 trainable numbers, against 16,777,216 in W")
    expect(support().trainable(1024, 4096, 16), 81_920, call="LoRALinear(zeros((1024, 4096)), 16, …).trainable_parameters()",
           note="16 · (4096 + 1024)")


def test_rank_out_of_range_raises(solution):
    for W, shape in ((W23, "(2, 3)"), (np.ones((3, 2)), "(3, 2)")):
        for rank, why in ((0, "rank 0"), (-1, "a negative rank"), (3, "rank 3 > min(in, out) = 2"), (4, "rank 4 > min(in, out) = 2")):
            expect_raises("ValueError", solution.LoRALinear, W, rank, 1.0, support().make_rng(0),
                          note=f"W {shape}: {why}; rank must be between 1 and min(in, out)")


def test_every_rank_in_range_is_accepted(model):
    W = np.ones((3, 5))
    for rank in (1, 2, 3):
        model.check_run(model.run(W, rank, 2.0, rank), W, rank, 2.0, rank)
    W = np.ones((5, 3))
    model.check_run(model.run(W, 3, 2.0, 5), W, 3, 2.0, 5)


def test_a_read_only_w_works(model):
    # weights memory-mapped from a checkpoint (np.load(..., mmap_mode="r")) or shared between
    # processes are read-only: a layer that never writes into W works with them unchanged
    rng = np.random.default_rng(17)
    W, A, B, x = rng.standard_normal((4, 3)), rng.standard_normal((2, 3)), rng.standard_normal((4, 2)), rng.standard_normal((3, 3))
    report = model.run(W, 2, 4.0, 17, A=A, B=B, x=x, read_only=True)
    model.check_run(report, W, 2, 4.0, 17, A=A, B=B, x=x)


def test_large_ranks(model):
    # ranks far above the small layers of the other tests: the scale is alpha / rank at any rank
    rng = np.random.default_rng(31)
    for out_features, in_features, rank, alpha in ((48, 64, 16, 32.0), (40, 32, 32, 16.0), (64, 64, 64, 8.0)):
        W = rng.standard_normal((out_features, in_features))
        A, B = rng.standard_normal((rank, in_features)), rng.standard_normal((out_features, rank))
        x = rng.standard_normal((5, in_features))
        report = model.run(W, rank, alpha, rank, A=A, B=B, x=x)
        model.check_run(report, W, rank, alpha, rank, A=A, B=B, x=x)
