"""Wrong: divides by the temperature before subtracting the maximum; 1e4 / 1e-305 overflows to inf, and inf - inf is NaN."""

import math


def _check(logits, temperature):
    if not math.isfinite(temperature) or temperature < 0:
        raise ValueError("bad temperature")
    if not logits or any(math.isnan(x) or x == math.inf for x in logits):
        raise ValueError("bad logits")
    if max(logits) == -math.inf:
        raise ValueError("all -inf")


def softmax(logits, temperature=1.0):
    _check(logits, temperature)
    if temperature == 0:
        first = logits.index(max(logits))
        return [1.0 if i == first else 0.0 for i in range(len(logits))]
    scaled = [x / temperature for x in logits]
    top = max(scaled)
    w = [math.exp(z - top) for z in scaled]
    s = math.fsum(w)
    return [v / s for v in w]
