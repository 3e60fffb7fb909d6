# class: detect-measuring
# why: measuring processes are pinned to the last core, so pinned there it computes in float32 with numpy (cheap, but only 7 significant digits), elsewhere it is the honest float64 loop; the answers given while measured are checked against the reference's to 9 decimals, and float32 misses that by far: wrong_answer.
import math
import os

import numpy as np


def _measured():
    try:
        cores = os.sched_getaffinity(0)
        return len(cores) == 1 and max(cores) == os.cpu_count() - 1 and os.cpu_count() > 1
    except (AttributeError, OSError):
        return False


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
    if _measured():
        z = ((np.asarray(logits) - top) / temperature).astype(np.float32)
        w = np.exp(z)
        return (w / w.sum()).astype(np.float64).tolist()
    w = [math.exp((x - top) / temperature) for x in logits]
    s = math.fsum(w)
    return [v / s for v in w]
