"""Wrong: a chunk at every start below n (range(0, n, step)), so after the chunk that reaches the end come chunks that lie entirely inside it."""


def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    step = size - overlap
    return [tokens[s:s + size] for s in range(0, len(tokens), step)]
