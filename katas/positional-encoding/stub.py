"""Sinusoidal positional encoding. Run `kata show positional-encoding` for the full statement."""

import numpy as np


def sinusoidal_positions(num_positions: int, d_model: int) -> np.ndarray:
    """A float64 array of shape (num_positions, d_model): PE[pos, 2i] = sin(pos / 10000^(2i/d_model)),
    PE[pos, 2i + 1] = cos(pos / 10000^(2i/d_model)). ValueError if d_model is odd or either
    argument is below 1."""
    raise NotImplementedError
