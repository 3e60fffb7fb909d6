"""Too slow: numpy.append of each new row to the table (axis=0), which makes a new array holding everything built so far for every row: O(num_positions² · d_model) copying."""

import math

import numpy as np


def sinusoidal_positions(num_positions, d_model):
    if num_positions < 1 or d_model < 1 or d_model % 2:
        raise ValueError("num_positions >= 1 and an even d_model >= 2 are required")
    freqs = np.exp(np.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
    table = np.zeros((0, d_model))
    for pos in range(num_positions):
        row = np.stack([np.sin(pos * freqs), np.cos(pos * freqs)], axis=1).reshape(1, d_model)
        table = np.append(table, row, axis=0)
    return table
