"""Also accepted: heapq.nsmallest picks the top_k in O(V log k) (keyed by (-p, index), so ties go to the lower index); without top_k, one sort."""

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


import heapq


def sample_token(logits, *, temperature=1.0, top_k=None, top_p=None, u):
    _validate(top_k, top_p, u)
    probs = softmax(logits, temperature)
    if temperature == 0:
        return probs.index(1.0)
    if top_k is not None and top_k < len(probs):
        order = [i for _, i in heapq.nsmallest(top_k, ((-p, i) for i, p in enumerate(probs)))]
    else:
        order = sorted(range(len(probs)), key=lambda i: (-probs[i], i))
    if top_p is not None:
        total = 0.0
        for n, i in enumerate(order, 1):
            total += probs[i]
            if total >= top_p:
                order = order[:n]
                break
    norm = sum(probs[i] for i in order)
    target = u * norm  # compare the running sum of the kept probabilities with u scaled, instead of dividing each
    running = 0.0
    for i in order:
        running += probs[i]
        if running > target:
            return i
    return order[-1]
