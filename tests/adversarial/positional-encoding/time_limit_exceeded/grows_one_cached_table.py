# class: memoise
# why: keeps one table per d_model and serves copies of its first rows, growing it with numpy.vstack one row at a time when a longer table is asked for; the measured tables are longer at every size and of widths drawn at random, so the growing (O(num_positions² · d_model) copying) happens while measured: time_limit_exceeded.
import numpy as np

_tables = {}


def sinusoidal_positions(num_positions, d_model):
    if num_positions < 1 or d_model < 1 or d_model % 2:
        raise ValueError("need num_positions >= 1 and an even d_model >= 2")
    rates = 10000.0 ** (np.arange(0, d_model, 2) / d_model)
    table = _tables.get(d_model, np.empty((0, d_model)))
    while len(table) < num_positions:
        pos = len(table)
        row = np.empty(d_model)
        row[0::2] = np.sin(pos / rates)
        row[1::2] = np.cos(pos / rates)
        table = np.vstack([table, row])
    _tables[d_model] = table
    return table[:num_positions].copy()
