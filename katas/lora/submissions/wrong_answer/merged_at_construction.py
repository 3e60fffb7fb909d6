"""Wrong answer: computes the merged weight once, in the constructor, and serves forward and merged from it: stale once A and B are set."""


import numpy as np


class LoRALinear:
    def __init__(self, W: np.ndarray, rank: int, alpha: float, rng: np.random.Generator) -> None:
        out_features, in_features = W.shape
        if not 1 <= rank <= min(out_features, in_features):
            raise ValueError(f"rank must be between 1 and min(in, out) = {min(out_features, in_features)}, got {rank}")
        self.W = W  # frozen: read, never written
        self.rank = rank
        self.scale = alpha / rank
        self.A = rng.normal(0.0, 0.01, size=(rank, in_features))  # the only draw from rng
        self.B = np.zeros((out_features, rank))  # zero: the adapted layer starts as the frozen one
        self._merged = W + self.scale * (self.B @ self.A)

    def forward(self, x: np.ndarray) -> np.ndarray:
        return x @ self._merged.T

    def merged(self) -> np.ndarray:
        return self._merged.copy()

    def trainable_parameters(self) -> int:
        out_features, in_features = self.W.shape
        return self.rank * (in_features + out_features)
