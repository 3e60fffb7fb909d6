"""Too slow: stacks the rows one by one with numpy.vstack, which copies the whole table built so far for every new row: O(num_positions² · d_model) copying."""

import numpy as np


def sinusoidal_positions(num_positions, d_model):
    if num_positions < 1 or d_model < 1 or d_model % 2:
        raise ValueError("num_positions >= 1 and an even d_model >= 2 are required")
    rates = 10000.0 ** (np.arange(0, d_model, 2) / d_model)
    table = np.empty((0, d_model))
    for pos in range(num_positions):
        row = np.empty(d_model)
        row[0::2] = np.sin(pos / rates)
        row[1::2] = np.cos(pos / rates)
        table = np.vstack([table, row])
    return table
