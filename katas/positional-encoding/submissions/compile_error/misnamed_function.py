"""Compile error: the function is called positional_encoding, so the required name sinusoidal_positions is missing."""

import numpy as np


def positional_encoding(num_positions, d_model):
    angles = np.arange(num_positions)[:, None] / 10000.0 ** (np.arange(0, d_model, 2) / d_model)
    table = np.empty((num_positions, d_model))
    table[:, 0::2] = np.sin(angles)
    table[:, 1::2] = np.cos(angles)
    return table
