"""Wrong: when everything fits in one chunk it returns [tokens], the caller's own list, not a new list."""


def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    if not tokens:
        return []
    if len(tokens) <= size:
        return [tokens]
    step = size - overlap
    out = []
    start = 0
    while True:
        out.append(tokens[start:start + size])
        if start + size >= len(tokens):
            return out
        start += step
