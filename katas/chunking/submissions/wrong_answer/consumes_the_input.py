"""Wrong: eats the caller's list (del tokens[:step] after each chunk), so the input is empty afterwards."""


def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    step = size - overlap
    out = []
    while tokens:
        out.append(tokens[:size])
        if len(tokens) <= size:
            break
        del tokens[:step]
    return out
