"""Wrong: rejects a NaN logit but not +inf; the maximum is inf, inf - inf is NaN, and it returns NaNs (or a one-hot at T = 0) instead of raising ValueError."""

import math


def softmax(logits, temperature=1.0):
    if not math.isfinite(temperature) or temperature < 0:
        raise ValueError("bad temperature")
    if not logits or any(math.isnan(x) for x in logits):
        raise ValueError("bad logits")
    top = max(logits)
    if top == -math.inf:
        raise ValueError("all -inf")
    if temperature == 0:
        first = logits.index(top)
        return [1.0 if i == first else 0.0 for i in range(len(logits))]
    w = [math.exp((x - top) / temperature) for x in logits]
    s = math.fsum(w)
    return [v / s for v in w]
