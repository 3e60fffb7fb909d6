"""Too slow: list(islice(tokens, start, start + size)) walks the list from index 0 to reach start, so each chunk costs O(start) and all of them O(n²/step)."""

from itertools import islice


def chunk(tokens, size, overlap):
    if not (size >= 1 and 0 <= overlap < size):
        raise ValueError("size must be >= 1 and overlap in [0, size)")
    out = []
    step = size - overlap
    for start in range(0, len(tokens), step):
        out.append(list(islice(tokens, start, start + size)))
        if start + size >= len(tokens):
            break
    return out
