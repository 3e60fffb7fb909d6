"""Accepted: A drawn as 0.01 · rng.standard_normal((rank, in)) — the same values, one draw of the same stream — and the update applied with einsum."""

import numpy as np


class LoRALinear:
    def __init__(self, W, rank, alpha, rng):
        out_dim, in_dim = W.shape
        if rank < 1 or rank > min(out_dim, in_dim):
            raise ValueError("rank must be in 1..min(in, out)")
        self.W, self.rank, self.alpha = W, rank, alpha
        self.A = 0.01 * rng.standard_normal((rank, in_dim))
        self.B = np.zeros((out_dim, rank))

    @property
    def scale(self):
        return self.alpha / self.rank

    def forward(self, x):
        return np.einsum("bi,oi->bo", x, self.W) + self.scale * np.einsum("br,or->bo", np.einsum("bi,ri->br", x, self.A), self.B)

    def merged(self):
        return self.W + self.scale * np.einsum("or,ri->oi", self.B, self.A)

    def trainable_parameters(self):
        out_dim, in_dim = self.W.shape
        return self.rank * (out_dim + in_dim)
