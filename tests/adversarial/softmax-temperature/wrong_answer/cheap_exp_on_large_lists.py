# class: wrong-on-large
# why: above 500 logits it replaces exp by the cheap (1 + x/256)^256, which the small hand-written tests never reach; the properties group checks the measured inputs (1,000 logits) against the reference before measuring: wrong_answer.
import math


def softmax(logits, temperature=1.0):
    if not math.isfinite(temperature) or temperature < 0:
        raise ValueError("bad temperature")
    if not logits or any(math.isnan(x) or x == math.inf for x in logits):
        raise ValueError("bad logits")
    top = max(logits)
    if top == -math.inf:
        raise ValueError("all -inf")
    if temperature == 0:
        first = logits.index(top)
        return [1.0 if i == first else 0.0 for i in range(len(logits))]
    if len(logits) > 500:
        w = [max(0.0, 1.0 + (x - top) / temperature / 256) ** 256 if x != -math.inf else 0.0 for x in logits]
    else:
        w = [math.exp((x - top) / temperature) for x in logits]
    s = math.fsum(w)
    return [v / s for v in w]
