"""The model the hidden tests compare with: the contract's formula entry by entry, in Python
floats and the math module, in the judge's process."""

import math

import numpy as np
import pytest

from judge.testing import expect_close

REL = ABS = 1e-9  # the track's tolerances (katas-llm.md): math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9)


def table(num_positions, d_model):
    """PE[pos, 2i] = sin(pos / 10000^(2i/d_model)), PE[pos, 2i + 1] = cos(the same angle)."""
    out = np.empty((num_positions, d_model), dtype=np.float64)
    for i in range(d_model // 2):
        rate = 10000 ** (2 * i / d_model)
        for pos in range(num_positions):
            angle = pos / rate
            out[pos, 2 * i] = math.sin(angle)
            out[pos, 2 * i + 1] = math.cos(angle)
    return out


def close(actual, expected, note=None):
    expect_close(actual, expected, rel=REL, abs=ABS, note=note)


@pytest.fixture
def model():
    class Model:
        pass

    Model.table = staticmethod(table)
    Model.close = staticmethod(close)
    return Model
