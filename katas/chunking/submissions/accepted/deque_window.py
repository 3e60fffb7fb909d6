"""Also accepted: one pass with a deque of the last `size` items, a list of it each time a chunk ends, and the short tail at the end."""

from collections import deque


def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    step = size - overlap
    window = deque(maxlen=size)
    out = []
    last_end = None  # where the last full chunk ended
    for i, item in enumerate(tokens):
        window.append(item)
        end = i + 1
        if end >= size and (end - size) % step == 0:
            out.append(list(window))
            last_end = end
    n = len(tokens)
    if n and last_end != n:
        start = 0 if last_end is None else last_end - size + step  # the short last chunk starts here
        out.append(list(window)[start - (n - len(window)):])
    return out
