"""Low-rank adaptation (LoRA) of a linear layer. Run `kata show lora` for the full statement."""

import numpy as np


class LoRALinear:
    """A frozen weight W (out, in) plus a trainable low-rank update scale · B A."""

    def __init__(self, W: np.ndarray, rank: int, alpha: float, rng: np.random.Generator) -> None:
        """W (out, in) is frozen: never written. A = rng.normal(0.0, 0.01, size=(rank, in)), the only
        draw from rng; B = zeros (out, rank); scale = alpha / rank. ValueError unless
        1 <= rank <= min(in, out). A and B are attributes the caller may replace."""
        raise NotImplementedError

    def forward(self, x: np.ndarray) -> np.ndarray:
        """x (batch, in) → x Wᵀ + scale · x Aᵀ Bᵀ, (batch, out)."""
        raise NotImplementedError

    def merged(self) -> np.ndarray:
        """W + scale · B A, (out, in): forward(x) == x merged()ᵀ."""
        raise NotImplementedError

    def trainable_parameters(self) -> int:
        """rank · (in + out): the numbers in A and B."""
        raise NotImplementedError
