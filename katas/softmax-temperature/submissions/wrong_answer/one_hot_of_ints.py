"""Wrong: at temperature 0 returns a one-hot list of ints ([0, 1, 0]), not of floats ([0.0, 1.0, 0.0])."""

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
    if temperature == 0:
        first = logits.index(top)
        return [1 if i == first else 0 for i in range(len(logits))]
    w = [math.exp((x - top) / temperature) for x in logits]
    s = math.fsum(w)
    return [v / s for v in w]
