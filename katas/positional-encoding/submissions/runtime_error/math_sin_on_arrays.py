"""Runtime error: math.sin and math.cos on a NumPy array of angles; math works on one float at a time, so they raise TypeError."""

import math

import numpy as np


def sinusoidal_positions(num_positions, d_model):
    if num_positions < 1 or d_model < 1 or d_model % 2:
        raise ValueError("need num_positions >= 1 and an even d_model >= 2")
    angles = np.arange(num_positions)[:, None] / 10000.0 ** (np.arange(0, d_model, 2) / d_model)
    table = np.empty((num_positions, d_model))
    table[:, 0::2] = math.sin(angles)
    table[:, 1::2] = math.cos(angles)
    return table
