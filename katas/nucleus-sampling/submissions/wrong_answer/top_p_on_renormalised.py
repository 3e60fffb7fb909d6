"""Wrong: renormalises after top_k and applies top_p to the renormalised probabilities, not to the original ones."""

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


def sample_token(logits, *, temperature=1.0, top_k=None, top_p=None, u):
    _validate(top_k, top_p, u)
    probs = softmax(logits, temperature)
    if temperature == 0:
        return probs.index(1.0)
    order = sorted(range(len(probs)), key=probs.__getitem__, reverse=True)
    if top_k is not None:
        order = order[:top_k]
    norm = math.fsum(probs[i] for i in order)
    q = [probs[i] / norm for i in order]
    if top_p is not None:
        total = 0.0
        for n, p in enumerate(q, 1):
            total += p
            if total >= top_p:
                order, q = order[:n], q[:n]
                break
        norm = math.fsum(q)
        q = [p / norm for p in q]
    running = 0.0
    for i, p in zip(order, q):
        running += p
        if running > u:
            return i
    return order[-1]
