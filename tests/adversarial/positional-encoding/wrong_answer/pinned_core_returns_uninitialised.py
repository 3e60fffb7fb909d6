# class: detect-measuring
# why: measuring processes are pinned to one core, so there, for tables of 2,000 positions and more of width 32 and more (larger than any fixed test's), it returns numpy.empty (no work at all) and elsewhere computes the table; the judge checks the tables it gets while pinned against the reference's, in the correctness group's check at 2,048 positions and while measuring: wrong_answer.
import os

import numpy as np


def _pinned():
    try:
        return os.cpu_count() > 1 and len(os.sched_getaffinity(0)) == 1
    except (AttributeError, OSError):
        return False


def sinusoidal_positions(num_positions, d_model):
    if num_positions < 1 or d_model < 1 or d_model % 2:
        raise ValueError("need num_positions >= 1 and an even d_model >= 2")
    if num_positions >= 2000 and d_model >= 32 and _pinned():
        return np.empty((num_positions, d_model))
    angles = np.arange(num_positions)[:, None] / 10000.0 ** (np.arange(0, d_model, 2) / d_model)
    table = np.empty((num_positions, d_model))
    table[:, 0::2] = np.sin(angles)
    table[:, 1::2] = np.cos(angles)
    return table
