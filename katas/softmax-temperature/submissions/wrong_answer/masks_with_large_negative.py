"""Wrong: replaces -inf logits by -1e9 "to keep the arithmetic finite"; at a large temperature (1e12) a masked token gets a probability above 0."""

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
    clamped = [max(x, -1e9) for x in logits]
    top = max(clamped)
    if temperature == 0:
        first = clamped.index(top)
        return [1.0 if i == first else 0.0 for i in range(len(clamped))]
    w = [math.exp((x - top) / temperature) for x in clamped]
    s = math.fsum(w)
    return [v / s for v in w]
