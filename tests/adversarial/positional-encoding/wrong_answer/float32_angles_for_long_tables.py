# class: wrong-on-large
# why: the hidden tests' own long tables are narrow (d_model 16 or 2), so for 2,000 positions and more of width 32 and more it computes the angles and their sines in float32 (faster) and returns them as float64; at position 2,000 a float32 angle is off by about 1e-4, and the tables returned while measured are checked against the reference's to 6 decimals: wrong_answer.
import numpy as np


def sinusoidal_positions(num_positions, d_model):
    if num_positions < 1 or d_model < 1 or d_model % 2:
        raise ValueError("need num_positions >= 1 and an even d_model >= 2")
    kind = np.float32 if num_positions >= 2000 and d_model >= 32 else np.float64
    positions = np.arange(num_positions, dtype=kind)[:, None]
    rates = (10000.0 ** (np.arange(0, d_model, 2) / d_model)).astype(kind)
    angles = positions / rates
    table = np.empty((num_positions, d_model), dtype=np.float64)
    table[:, 0::2] = np.sin(angles)
    table[:, 1::2] = np.cos(angles)
    return table
