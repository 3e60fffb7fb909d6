"""Accepted: forward multiplies by merged()ᵀ, W kept as a private copy, trainable_parameters from the sizes of A and B."""


import numpy as np


class LoRALinear:
    def __init__(self, W: np.ndarray, rank: int, alpha: float, rng: np.random.Generator) -> None:
        out_features, in_features = W.shape
        if not 1 <= rank <= min(out_features, in_features):
            raise ValueError(f"rank must be between 1 and min(in, out) = {min(out_features, in_features)}, got {rank}")
        self._W = np.array(W, dtype=np.float64)  # a copy: the caller's array is never touched
        self.rank = rank
        self.scale = alpha / rank
        self.A = rng.normal(0.0, 0.01, size=(rank, in_features))  # the only draw from rng
        self.B = np.zeros((out_features, rank))  # zero: the adapted layer starts as the frozen one

    def forward(self, x: np.ndarray) -> np.ndarray:
        return x @ self.merged().T

    def merged(self) -> np.ndarray:
        return self._W + self.scale * (self.B @ self.A)

    def trainable_parameters(self) -> int:
        return int(self.A.size + self.B.size)
