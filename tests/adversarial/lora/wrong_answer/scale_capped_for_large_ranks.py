# class: wrong-on-large
# why: the small layers of most tests have ranks up to 5, so it scales by alpha / min(rank, 8) (a "stabilised" scale for large ranks, as rsLoRA-style variants change it) — right wherever the rank is at most 8; a hidden test uses ranks 16, 32 and 64: wrong_answer.
import numpy as np


class LoRALinear:
    def __init__(self, W, rank, alpha, rng):
        out_features, in_features = W.shape
        if not 1 <= rank <= min(out_features, in_features):
            raise ValueError("rank must be in 1..min(in, out)")
        self.W, self.rank, self.scale = W, rank, alpha / min(rank, 8)
        self.A = rng.normal(0.0, 0.01, size=(rank, in_features))
        self.B = np.zeros((out_features, rank))

    def forward(self, x):
        return x @ self.W.T + self.scale * ((x @ self.A.T) @ self.B.T)

    def merged(self):
        return self.W + self.scale * (self.B @ self.A)

    def trainable_parameters(self):
        out_features, in_features = self.W.shape
        return self.rank * (in_features + out_features)
