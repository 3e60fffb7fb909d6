"""Wrong answer: the initialisation swapped: A zeros and B random. The product is still zero at first, but B must start at zero and A be the draw."""


import numpy as np


class LoRALinear:
    def __init__(self, W: np.ndarray, rank: int, alpha: float, rng: np.random.Generator) -> None:
        out_features, in_features = W.shape
        if not 1 <= rank <= min(out_features, in_features):
            raise ValueError(f"rank must be between 1 and min(in, out) = {min(out_features, in_features)}, got {rank}")
        self.W = W  # frozen: read, never written
        self.rank = rank
        self.scale = alpha / rank
        self.A = np.zeros((rank, in_features))
        self.B = rng.normal(0.0, 0.01, size=(out_features, rank))

    def forward(self, x: np.ndarray) -> np.ndarray:
        return x @ self.W.T + self.scale * ((x @ self.A.T) @ self.B.T)

    def merged(self) -> np.ndarray:
        return self.W + self.scale * (self.B @ self.A)

    def trainable_parameters(self) -> int:
        out_features, in_features = self.W.shape
        return self.rank * (in_features + out_features)
