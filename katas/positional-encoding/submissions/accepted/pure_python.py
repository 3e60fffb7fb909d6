"""Also accepted: no NumPy arithmetic at all. math.sin and math.cos for every entry, row by row into
lists, turned into one float64 array at the end: O(num_positions · d_model), a larger constant."""

import math

import numpy as np


def sinusoidal_positions(num_positions, d_model):
    if num_positions < 1 or d_model < 1 or d_model % 2 == 1:
        raise ValueError("num_positions and d_model must be at least 1, and d_model even")
    rates = [10000 ** (2 * i / d_model) for i in range(d_model // 2)]
    rows = []
    for pos in range(num_positions):
        row = []
        for rate in rates:
            angle = pos / rate
            row.append(math.sin(angle))
            row.append(math.cos(angle))
        rows.append(row)
    return np.array(rows, dtype=np.float64)
