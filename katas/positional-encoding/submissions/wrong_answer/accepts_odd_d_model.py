"""Wrong: one formula per column, with pair index j // 2, works for any width, so an odd d_model gets a table (its last column a lone sin) where the contract asks for ValueError."""

import numpy as np


def sinusoidal_positions(num_positions, d_model):
    if num_positions < 1 or d_model < 1:
        raise ValueError("num_positions and d_model must be at least 1")
    columns = np.arange(d_model)
    rates = 10000.0 ** (2 * (columns // 2) / d_model)
    angles = np.arange(num_positions)[:, None] / rates
    return np.where(columns % 2 == 0, np.sin(angles), np.cos(angles))
