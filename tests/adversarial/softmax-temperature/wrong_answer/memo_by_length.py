# class: memoise
# why: remembers the result for each (length, temperature == 0) and hands it back for the next list of that length, once lists are long (the measured sizes); every measurement draws fresh logits, so the remembered distribution is wrong there and the digest differs from the reference's: wrong_answer.
import math

_seen = {}


def softmax(logits, temperature=1.0):
    if not math.isfinite(temperature) or temperature < 0:
        raise ValueError("bad temperature")
    if not logits or any(math.isnan(x) or x == math.inf for x in logits):
        raise ValueError("bad logits")
    top = max(logits)
    if top == -math.inf:
        raise ValueError("all -inf")
    key = (len(logits), temperature == 0)
    if len(logits) > 500 and key in _seen:
        return list(_seen[key])
    if temperature == 0:
        first = logits.index(top)
        result = [1.0 if i == first else 0.0 for i in range(len(logits))]
    else:
        w = [math.exp((x - top) / temperature) for x in logits]
        s = math.fsum(w)
        result = [v / s for v in w]
    _seen[key] = result
    return list(result)
