"""The model the hidden tests compare with, in the judge's process: the contract's formulas in
numpy, an identically seeded generator for A and for the state after one draw, and a check of
everything `support.run` reports about one layer's life."""

import numpy as np
import pytest

from judge.testing import WrongAnswer, asking, expect, expect_close, same, support

REL = ABS = 1e-9  # the track's tolerances (katas-llm.md): math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9)


def forward(W, A, B, alpha, rank, x):
    """x Wᵀ + (alpha / rank) · x Aᵀ Bᵀ."""
    return x @ W.T + (alpha / rank) * ((x @ A.T) @ B.T)


def merged(W, A, B, alpha, rank):
    """W + (alpha / rank) · B A."""
    return W + (alpha / rank) * (B @ A)


def first_draw(seed, rank, in_features):
    """A = rng.normal(0.0, 0.01, size=(rank, in)) from default_rng(seed), and the generator's
    state after that one draw."""
    rng = np.random.default_rng(seed)
    A = rng.normal(0.0, 0.01, size=(rank, in_features))
    return A, rng.bit_generator.state


def close(actual, expected, note=None, call=None):
    expect_close(actual, expected, rel=REL, abs=ABS, note=note, call=call)


def expect_state(state, expected, layer):
    if not same(state, expected):
        raise WrongAnswer(
            f"after {layer}, the generator's state is not its state after exactly one draw of "
            "rng.normal(0.0, 0.01, size=(rank, in)): A must be that draw, and the constructor must draw nothing else "
            "from rng (not B, not a seed, not a second A), nor from numpy's global generator instead")


def expect_unwritten(written, layer):
    if not same(written, []):
        said = "; ".join(map(str, written)) if type(written) is list else str(written)
        raise WrongAnswer(f"{layer}: {said}. W is frozen: the caller's array is never written, by the constructor or "
                          "any method (nor is x); merged() returns a new array W + scale · B A")


def run(W, rank, alpha, seed, A=None, B=None, x=None, read_only=False):
    """support.run (one layer's life, in the solution process), named in feedback by what it asks."""
    what = f"LoRALinear(W {W.shape}{' read-only' if read_only else ''}, rank={rank}, alpha={alpha}, rng=default_rng({seed}))"
    what += "; A, B; forward(x); merged()" if x is not None else "; A, B; merged()"
    if A is not None:
        what += "; then A and B set, forward(x), merged() twice, forward(x), a training step (A, B updated in place), forward(x), merged()"
    what += "; trainable_parameters()"
    with asking(what):
        return support().run(W, rank, alpha, seed, A=A, B=B, x=x, read_only=read_only)


def check_run(report, W, rank, alpha, seed, A=None, B=None, x=None):
    """Everything support.run reports, against the contract."""
    out_features, in_features = W.shape
    layer = f"LoRALinear(W {W.shape}, rank={rank}, alpha={alpha}, rng=default_rng({seed}))"
    A0, state = first_draw(seed, rank, in_features)
    expect_unwritten(report["written"], layer)
    close(report["A0"], A0, call=f"{layer}.A",
          note=f"A is rng.normal(0.0, 0.01, size=(rank, in)) = size ({rank}, {in_features}), drawn from the rng given")
    expect_state(report["state"], state, layer)
    close(report["B0"], np.zeros((out_features, rank)), call=f"{layer}.B",
          note=f"B starts as zeros of shape (out, rank) = ({out_features}, {rank}), so the new layer is the frozen one")
    if x is not None:
        close(report["forward0"], x @ W.T, call=f"{layer}.forward(x)",
              note="B is zero at first: forward(x) is x Wᵀ, the frozen layer's output")
    close(report["merged0"], W, call=f"{layer}.merged()", note="B is zero at first: merged() is W itself")
    if A is not None:
        scale = f"scale = alpha / rank = {alpha} / {rank}"
        want = merged(W, A, B, alpha, rank)
        if x is not None:
            close(report["forward"], forward(W, A, B, alpha, rank, x), call=f"{layer}; A, B set; forward(x)",
                  note=f"x Wᵀ + scale · x Aᵀ Bᵀ with the A and B just set, {scale}")
        close(report["merged"], want, call=f"{layer}; A, B set; merged()",
              note=f"W + scale · B A with the A and B just set (computed from them, not remembered), {scale}")
        close(report["merged_again"], want, call=f"{layer}; A, B set; merged(); merged()",
              note="merged() a second time is the same: it never adds the update into W (or a copy of it) in place")
        if x is not None:
            close(report["forward_again"], forward(W, A, B, alpha, rank, x),
                  call=f"{layer}; A, B set; forward(x); merged(); merged(); forward(x)",
                  note="forward(x) is the same after merged(): W never changes")
        A2, B2 = A - A * 0.5, B - B * 0.25
        step = "A, B set; layer.A -= A / 2; layer.B -= B / 4 (a training step, in place)"
        if x is not None:
            close(report["forward_step"], forward(W, A2, B2, alpha, rank, x), call=f"{layer}; {step}; forward(x)",
                  note="an optimiser updates A and B in place: forward(x) uses their current values, never a result "
                       "remembered from before the update")
        close(report["merged_step"], merged(W, A2, B2, alpha, rank), call=f"{layer}; {step}; merged()",
              note="an optimiser updates A and B in place: merged() uses their current values, never a result "
                   "remembered from before the update")
    expect(report["trainable"], rank * (in_features + out_features), call=f"{layer}.trainable_parameters()",
           note=f"rank · (in + out) = {rank} · ({in_features} + {out_features}), an int: the numbers in A and B")


@pytest.fixture
def model():
    class Model:
        pass

    for f in (forward, merged, first_draw, close, run, check_run, expect_state, expect_unwritten):
        setattr(Model, f.__name__, staticmethod(f))
    return Model
