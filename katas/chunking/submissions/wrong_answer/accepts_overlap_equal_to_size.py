"""Wrong: refuses only overlap > size and steps by max(1, size - overlap), so overlap == size is accepted (as a step of 1) instead of raising ValueError."""


def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap > size:
        raise ValueError("need size >= 1 and 0 <= overlap <= size")
    step = max(1, size - overlap)
    out = []
    start = 0
    while start < len(tokens):
        out.append(tokens[start:start + size])
        if start + size >= len(tokens):
            break
        start += step
    return out
