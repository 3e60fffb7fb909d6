"""Softmax with temperature. Run `kata show softmax-temperature` for the full statement."""


def softmax(logits: list[float], temperature: float = 1.0) -> list[float]:
    """A new list of probabilities: exp((l - max) / T) / sum of exp((l - max) / T); at T == 0 a
    one-hot list of floats on the first maximum; -inf logits get 0.0. ValueError for a negative,
    NaN or infinite temperature, an empty list, a NaN or +inf logit, or every logit -inf."""
    raise NotImplementedError
