"""Compile error: the function is called sample, so the required name sample_token is missing."""

import math


def softmax(logits, temperature=1.0):
    if not math.isfinite(temperature) or temperature < 0:
        raise ValueError("temperature must be finite and >= 0")
    if not logits or any(math.isnan(x) or x == math.inf for x in logits):
        raise ValueError("bad logits")
    top = max(logits)
    if top == -math.inf:
        raise ValueError("every logit is -inf")
    if temperature == 0:
        first = logits.index(top)
        return [1.0 if i == first else 0.0 for i in range(len(logits))]
    w = [math.exp((x - top) / temperature) for x in logits]
    s = math.fsum(w)
    return [v / s for v in w]


def _validate(top_k, top_p, u):
    if top_k is not None and not top_k >= 1:
        raise ValueError("top_k must be >= 1")
    if top_p is not None and not 0 < top_p <= 1:
        raise ValueError("top_p must be in (0, 1]")
    if not 0 <= u < 1:
        raise ValueError("u must be in [0, 1)")


def sample(logits, *, temperature=1.0, top_k=None, top_p=None, u):
    probs = softmax(logits, temperature)
    return probs.index(max(probs))
