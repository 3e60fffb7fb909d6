"""Wrong: returns [] for an empty list before checking size and overlap, so chunk([], 0, 0) returns [] instead of raising ValueError."""


def chunk(tokens, size, overlap):
    if not tokens:
        return []
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    step = size - overlap
    out = []
    start = 0
    while True:
        out.append(tokens[start:start + size])
        if start + size >= len(tokens):
            return out
        start += step
