"""Wrong: deep-copies each chunk "so that chunks are independent", so the chunks hold copies of the items, not the caller's very objects."""

import copy


def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    step = size - overlap
    out = []
    start = 0
    while start < len(tokens):
        out.append(copy.deepcopy(tokens[start:start + size]))
        if start + size >= len(tokens):
            break
        start += step
    return out
