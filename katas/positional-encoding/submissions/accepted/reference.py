"""Reference: every angle at once, as an outer product of the positions and the d_model / 2
frequencies 1 / 10000^(2i/d_model); sines into the even columns, cosines into the odd ones."""

import numpy as np


def sinusoidal_positions(num_positions: int, d_model: int) -> np.ndarray:
    if num_positions < 1 or d_model < 1 or d_model % 2:
        raise ValueError(f"need num_positions >= 1 and an even d_model >= 2, got {num_positions} and {d_model}")
    positions = np.arange(num_positions, dtype=np.float64)[:, None]  # (num_positions, 1)
    rates = 10000.0 ** (np.arange(0, d_model, 2, dtype=np.float64) / d_model)  # 10000^(2i/d_model), (d_model / 2,)
    angles = positions / rates  # (num_positions, d_model / 2)
    table = np.empty((num_positions, d_model), dtype=np.float64)
    table[:, 0::2] = np.sin(angles)
    table[:, 1::2] = np.cos(angles)
    return table
