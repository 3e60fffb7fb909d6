"""Too slow: takes rest[:size], then rest = rest[step:], copying the whole rest of the list for every chunk: O(n²/step)."""


def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    step = size - overlap
    out = []
    rest = tokens
    while rest:
        out.append(rest[:size])
        if len(rest) <= size:
            break
        rest = rest[step:]
    return out
