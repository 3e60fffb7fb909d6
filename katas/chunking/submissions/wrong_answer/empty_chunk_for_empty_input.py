"""Wrong: always emits the first chunk before checking for the end, so an empty list gives [[]] (one empty chunk) instead of []."""


def chunk(tokens, size, overlap):
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
