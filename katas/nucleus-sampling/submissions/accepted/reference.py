"""Reference: validate k, p and u; softmax (which validates the rest); a stable sort by
probability, descending; cut to top_k, then to the shortest prefix whose original probability
reaches top_p; walk the renormalised cumulative sum until it exceeds u."""

import math


def softmax(logits: list[float], temperature: float = 1.0) -> list[float]:
    if math.isnan(temperature) or math.isinf(temperature) or temperature < 0:
        raise ValueError(f"temperature must be a finite number >= 0, got {temperature!r}")
    if not logits:
        raise ValueError("softmax of an empty list")
    for x in logits:
        if math.isnan(x) or x == math.inf:
            raise ValueError(f"logits must not be NaN or +inf, got {x!r}")
    top = max(logits)
    if top == -math.inf:
        raise ValueError("every logit is -inf: nothing can be chosen")
    if temperature == 0:
        greedy = [0.0] * len(logits)
        greedy[logits.index(top)] = 1.0
        return greedy
    weights = [math.exp((x - top) / temperature) for x in logits]
    total = math.fsum(weights)
    return [w / total for w in weights]


def sample_token(logits, *, temperature=1.0, top_k=None, top_p=None, u) -> int:
    if top_k is not None and not top_k >= 1:
        raise ValueError(f"top_k must be at least 1, got {top_k!r}")
    if top_p is not None and not 0 < top_p <= 1:
        raise ValueError(f"top_p must be in (0, 1], got {top_p!r}")
    if not 0 <= u < 1:
        raise ValueError(f"u must be in [0, 1), got {u!r}")
    probs = softmax(logits, temperature)
    if temperature == 0:
        return probs.index(1.0)  # the first argmax
    # sorted() is stable, and reverse=True keeps it so: equal probabilities stay in index order
    order = sorted(range(len(probs)), key=probs.__getitem__, reverse=True)
    if top_k is not None:
        order = order[:top_k]
    if top_p is not None:
        reached = 0.0
        for count, i in enumerate(order, 1):
            reached += probs[i]
            if reached >= top_p:  # the token that crosses top_p is kept
                order = order[:count]
                break
    kept = [probs[i] for i in order]
    total = math.fsum(kept)  # > 0: the first kept token is the most probable one
    cumulative = 0.0
    for i, p in zip(order, kept):
        cumulative += p / total
        if cumulative > u:
            return i
    return order[-1]  # rounding left the cumulative sum at or below u
