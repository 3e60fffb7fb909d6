"""Reference: check everything, subtract the largest logit, then divide by the temperature: every
exponent is <= 0, so exp never overflows, and the largest term is exactly exp(0) = 1."""

import math


def softmax(logits: list[float], temperature: float = 1.0) -> list[float]:
    if math.isnan(temperature) or math.isinf(temperature) or temperature < 0:
        raise ValueError(f"temperature must be a finite number >= 0, got {temperature!r}")
    if not logits:
        raise ValueError("softmax of an empty list")
    for x in logits:
        if math.isnan(x) or x == math.inf:
            raise ValueError(f"logits must not be NaN or +inf, got {x!r}")
    top = max(logits)
    if top == -math.inf:
        raise ValueError("every logit is -inf: nothing can be chosen")
    if temperature == 0:
        greedy = [0.0] * len(logits)
        greedy[logits.index(top)] = 1.0  # the first maximum
        return greedy
    weights = [math.exp((x - top) / temperature) for x in logits]  # -inf gives exp(-inf) = 0.0
    total = math.fsum(weights)  # >= 1: the largest weight is exp(0)
    return [w / total for w in weights]
