"""Also accepted: a preallocated table filled one row at a time, with the PyTorch tutorial's
frequencies exp(-2i · ln(10000) / d_model). Each row costs O(d_model), the table O(P · d_model)."""

import math

import numpy as np


def sinusoidal_positions(num_positions, d_model):
    if num_positions < 1 or d_model < 1 or d_model % 2:
        raise ValueError("bad sizes")
    freqs = np.exp(np.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
    table = np.zeros((num_positions, d_model))
    for pos in range(num_positions):
        table[pos, 0::2] = np.sin(pos * freqs)
        table[pos, 1::2] = np.cos(pos * freqs)
    return table
