"""Compile error: the function is called soft_max, so the required name softmax is missing."""

import math


def soft_max(logits, temperature=1.0):
    top = max(logits)
    w = [math.exp((x - top) / temperature) for x in logits]
    s = sum(w)
    return [v / s for v in w]
