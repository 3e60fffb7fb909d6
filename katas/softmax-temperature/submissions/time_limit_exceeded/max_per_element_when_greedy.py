"""Too slow: at temperature 0, looks the first maximum up again for every element (logits.index(max(logits)) inside the loop), O(V²)."""

import math


def softmax(logits, temperature=1.0):
    if not math.isfinite(temperature) or temperature < 0:
        raise ValueError("bad temperature")
    if not logits or any(math.isnan(x) or x == math.inf for x in logits):
        raise ValueError("bad logits")
    if max(logits) == -math.inf:
        raise ValueError("all -inf")
    if temperature == 0:
        return [1.0 if i == logits.index(max(logits)) else 0.0 for i in range(len(logits))]
    top = max(logits)
    w = [math.exp((x - top) / temperature) for x in logits]
    s = math.fsum(w)
    return [v / s for v in w]
