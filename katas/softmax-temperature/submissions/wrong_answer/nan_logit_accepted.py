"""Wrong: rejects a +inf logit but not a NaN one (NaN == NaN is False, so `x == math.nan` never matches), and returns NaNs instead of raising ValueError."""

import math


def softmax(logits, temperature=1.0):
    if not math.isfinite(temperature) or temperature < 0:
        raise ValueError("bad temperature")
    if not logits or any(x == math.inf or x == math.nan for x in logits):
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
