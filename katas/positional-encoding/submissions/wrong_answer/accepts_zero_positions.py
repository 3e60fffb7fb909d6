"""Wrong: checks d_model but not num_positions, so num_positions = 0 returns an empty (0, d_model) table and a negative one raises numpy's own error, where the contract asks for ValueError."""

import numpy as np


def sinusoidal_positions(num_positions: int, d_model: int) -> np.ndarray:
    if d_model < 1 or d_model % 2:
        raise ValueError(f"need num_positions >= 1 and an even d_model >= 2, got {num_positions} and {d_model}")
    positions = np.arange(max(num_positions, 0), dtype=np.float64)[:, None]  # (num_positions, 1)
    rates = 10000.0 ** (np.arange(0, d_model, 2, dtype=np.float64) / d_model)  # 10000^(2i/d_model), (d_model / 2,)
    angles = positions / rates  # (num_positions, d_model / 2)
    table = np.empty((max(num_positions, 0), d_model), dtype=np.float64)
    table[:, 0::2] = np.sin(angles)
    table[:, 1::2] = np.cos(angles)
    return table
