"""Compile error: the function is called chunk_tokens, so the required name chunk is missing."""


def chunk_tokens(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    step = size - overlap
    return [tokens[s:s + size] for s in range(0, max(len(tokens) - size, 0) + step, step)] if tokens else []
