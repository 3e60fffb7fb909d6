"""Wrong: checks size < 1 and overlap >= size but not overlap < 0, so a negative overlap makes chunks with gaps between them instead of raising ValueError."""


def chunk(tokens, size, overlap):
    if size < 1 or overlap >= size:
        raise ValueError("need size >= 1 and overlap < size")
    step = size - overlap
    out = []
    start = 0
    while start < len(tokens):
        out.append(tokens[start:start + size])
        if start + size >= len(tokens):
            break
        start += step
    return out
