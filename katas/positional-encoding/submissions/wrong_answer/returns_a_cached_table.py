"""Wrong: keeps every table it has made and returns the same array again for the same sizes; a caller that adds its embeddings into the table in place (x += pe) changes what the next call returns."""

import numpy as np

_tables = {}


def sinusoidal_positions(num_positions, d_model):
    if num_positions < 1 or d_model < 1 or d_model % 2:
        raise ValueError("need num_positions >= 1 and an even d_model >= 2")
    key = (num_positions, d_model)
    if key not in _tables:
        angles = np.arange(num_positions)[:, None] / 10000.0 ** (np.arange(0, d_model, 2) / d_model)
        table = np.empty((num_positions, d_model))
        table[:, 0::2] = np.sin(angles)
        table[:, 1::2] = np.cos(angles)
        _tables[key] = table
    return _tables[key]
