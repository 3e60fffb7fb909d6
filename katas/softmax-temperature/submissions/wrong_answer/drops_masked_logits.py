"""Wrong: filters the -inf logits out, so the result is shorter than the logits instead of holding 0.0 for each masked token."""

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
    kept = [x for x in logits if x != -math.inf]
    top = max(kept)
    if temperature == 0:
        first = kept.index(top)
        return [1.0 if i == first else 0.0 for i in range(len(kept))]
    w = [math.exp((x - top) / temperature) for x in kept]
    s = math.fsum(w)
    return [v / s for v in w]
