"""Also accepted: plain loops and sum() instead of math.fsum; the result differs from the
reference only in the last bits."""

import math


def softmax(logits, temperature=1.0):
    if temperature != temperature or temperature in (math.inf, -math.inf) or temperature < 0:
        raise ValueError("bad temperature")
    if len(logits) == 0:
        raise ValueError("empty")
    top = -math.inf
    first = -1
    for i, x in enumerate(logits):
        if x != x or x == math.inf:
            raise ValueError("bad logit")
        if x > top:
            top, first = x, i
    if first < 0:
        raise ValueError("all -inf")
    out = []
    if temperature == 0:
        for i in range(len(logits)):
            out.append(1.0 if i == first else 0.0)
        return out
    total = 0.0
    for x in logits:
        w = math.exp((x - top) / temperature)
        out.append(w)
        total += w
    for i in range(len(out)):
        out[i] /= total
    return out
