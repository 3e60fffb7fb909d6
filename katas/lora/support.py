"""Runs in the solution process: helpers for the visible examples (lists in, rounded lists out)
and the scenarios the hidden tests cannot play from the judge's process.

An array the judge passes arrives here as a fresh copy, and an object of the submission's
cannot have its attributes set from the judge's side; a numpy Generator cannot cross at all. So
`run` plays the whole life of one layer here: it makes the generator from a seed, constructs
the layer with the caller's W, reads A, B and the generator's state, calls forward and merged,
sets A and B as a training loop would, calls them again, and after every call checks that the
caller's W (and x) were not written. It returns what each call gave, as data, for the judge to
compare with the contract's formulas.
"""

import sys

import numpy as np


def _solution():
    return sys.modules["solution"]


def _snapshot(value):
    """An array the submission returned or holds, copied now (a later call could change it in
    place); anything else as it is."""
    return value.copy() if type(value) is np.ndarray else value


def _rounded(out, digits=6):
    """An array as lists of floats rounded for reading (the examples of `kata test`); anything
    that is not a float64 ndarray is described instead, so the example shows what came back."""
    if type(out) is not np.ndarray:
        return out
    if out.dtype != np.float64:
        return f"an array of dtype {out.dtype}, not float64"
    return [[round(float(x), digits) for x in row] for row in np.atleast_2d(out).tolist()]


def _matrix(rows):
    return np.array(rows, dtype=np.float64)


# the visible examples ----------------------------------------------------------------------
def forward(W, rank, alpha, x, A=None, B=None):
    """LoRALinear(W, rank, alpha, default_rng(0)); A and B set if given; forward(x), rounded."""
    layer = _solution().LoRALinear(_matrix(W), rank, alpha, np.random.default_rng(0))
    if A is not None:
        layer.A = _matrix(A)
    if B is not None:
        layer.B = _matrix(B)
    return _rounded(layer.forward(_matrix(x)))


def merged(W, rank, alpha, A, B):
    """LoRALinear(W, rank, alpha, default_rng(0)); A and B set; merged(), rounded."""
    layer = _solution().LoRALinear(_matrix(W), rank, alpha, np.random.default_rng(0))
    layer.A, layer.B = _matrix(A), _matrix(B)
    return _rounded(layer.merged())


def initial_A(out_features, in_features, rank, seed):
    """LoRALinear(zeros((out, in)), rank, 1.0, default_rng(seed)).A, rounded."""
    layer = _solution().LoRALinear(np.zeros((out_features, in_features)), rank, 1.0, np.random.default_rng(seed))
    return _rounded(layer.A)


def trainable(out_features, in_features, rank):
    """LoRALinear(zeros((out, in)), rank, 1.0, default_rng(0)).trainable_parameters()."""
    layer = _solution().LoRALinear(np.zeros((out_features, in_features)), rank, 1.0, np.random.default_rng(0))
    return layer.trainable_parameters()


# scenarios for the hidden tests ------------------------------------------------------------
def make_rng(seed):
    """A numpy Generator (PCG64) seeded with `seed`; it stays in this process (the judge holds a handle)."""
    return np.random.default_rng(seed)


def rng_state(rng):
    """The generator's state, as data (compared with the state of an identically seeded one)."""
    return rng.bit_generator.state


def get(layer, name):
    """An attribute of the layer, as it is (A or B)."""
    return _snapshot(getattr(layer, name))


def set_adapters(layer, A, B):
    """layer.A = A; layer.B = B, as a training loop does."""
    layer.A = A
    layer.B = B


def run(W, rank, alpha, seed, A=None, B=None, x=None, read_only=False):
    """One layer's life: LoRALinear(W, rank, alpha, default_rng(seed)); read A, B and the
    generator's state; forward(x) and merged(); then (if A and B are given) set them and call
    forward(x), merged(), merged() again, forward(x) again; then a training step that updates A
    and B in place (layer.A -= A / 2; layer.B -= B / 4) and forward(x) and merged() once more;
    trainable_parameters(). After every call, whether the caller's W or x changed. With
    `read_only`, W is handed over read-only (as weights memory-mapped from a checkpoint are):
    any write into it raises. Returns each result, keyed by the call."""
    W_before = W.copy()
    if read_only:
        W.flags.writeable = False
    x_before = None if x is None else x.copy()
    rng = np.random.default_rng(seed)
    written = []

    def check(call):
        if not np.array_equal(W, W_before):
            written.append(f"{call} changed the caller's W")
            if W.flags.writeable:
                W[...] = W_before  # so that the next call is judged on its own
        if x is not None and not np.array_equal(x, x_before):
            written.append(f"{call} changed the caller's x")
            x[...] = x_before

    layer = _solution().LoRALinear(W, rank, alpha, rng)
    check("LoRALinear(W, rank, alpha, rng)")
    report = {"A0": _snapshot(layer.A), "B0": _snapshot(layer.B), "state": rng.bit_generator.state}
    if x is not None:
        report["forward0"] = _snapshot(layer.forward(x))
        check("forward(x)")
    report["merged0"] = _snapshot(layer.merged())
    check("merged()")
    if A is not None:
        layer.A, layer.B = A, B
        if x is not None:
            report["forward"] = _snapshot(layer.forward(x))
            check("forward(x) after setting A and B")
        report["merged"] = _snapshot(layer.merged())
        check("merged() after setting A and B")
        report["merged_again"] = _snapshot(layer.merged())
        check("merged() called a second time")
        if x is not None:
            report["forward_again"] = _snapshot(layer.forward(x))
            check("forward(x) called after merged()")
        dA, dB = A * 0.5, B * 0.25
        layer.A -= dA  # a training step: the optimiser updates the adapters in place
        layer.B -= dB
        if x is not None:
            report["forward_step"] = _snapshot(layer.forward(x))
            check("forward(x) after a training step")
        report["merged_step"] = _snapshot(layer.merged())
        check("merged() after a training step")
    report["trainable"] = layer.trainable_parameters()
    check("trainable_parameters()")
    report["written"] = written
    return report
