"""Wrong: writes the probabilities into the caller's list (to save memory) and returns it: the logits are changed."""

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
    top = max(logits)
    first = logits.index(top)
    for i, x in enumerate(logits):
        logits[i] = (1.0 if i == first else 0.0) if temperature == 0 else math.exp((x - top) / temperature)
    s = math.fsum(logits)
    for i in range(len(logits)):
        logits[i] /= s
    return logits
