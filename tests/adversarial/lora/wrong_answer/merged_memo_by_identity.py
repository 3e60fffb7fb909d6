# class: memoise
# why: remembers merged() and serves forward from it until A or B is replaced by another array object (compared by identity), which the tests that only set A and B cannot tell from recomputing; but an optimiser updates A and B in place (layer.A -= lr · grad keeps the same object), and a hidden test takes such a step: the remembered weight is stale, wrong_answer.
import numpy as np


class LoRALinear:
    def __init__(self, W, rank, alpha, rng):
        out_features, in_features = W.shape
        if not 1 <= rank <= min(out_features, in_features):
            raise ValueError("rank must be in 1..min(in, out)")
        self.W, self.rank, self.scale = W, rank, alpha / rank
        self.A = rng.normal(0.0, 0.01, size=(rank, in_features))
        self.B = np.zeros((out_features, rank))
        self._memo = None

    def merged(self):
        key = (id(self.A), id(self.B))
        if self._memo is None or self._memo[0] != key:
            self._memo = (key, self.W + self.scale * (self.B @ self.A))
        return self._memo[1].copy()

    def forward(self, x):
        self.merged()
        return x @ self._memo[1].T

    def trainable_parameters(self):
        out_features, in_features = self.W.shape
        return self.rank * (in_features + out_features)
