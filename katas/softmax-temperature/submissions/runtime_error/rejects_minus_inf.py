"""Runtime error: rejects every infinite logit with math.isinf, so a masked (-inf) logit raises ValueError instead of getting 0.0."""

import math


def softmax(logits, temperature=1.0):
    if not math.isfinite(temperature) or temperature < 0:
        raise ValueError("bad temperature")
    if not logits or any(math.isnan(x) or math.isinf(x) for x in logits):
        raise ValueError("logits must be finite")
    top = max(logits)
    if temperature == 0:
        first = logits.index(top)
        return [1.0 if i == first else 0.0 for i in range(len(logits))]
    w = [math.exp((x - top) / temperature) for x in logits]
    s = math.fsum(w)
    return [v / s for v in w]
