"""Too slow: builds each chunk item by item with c = c + [t], which copies the chunk every time: O(size²) per chunk, far over the output's size when chunks are long."""


def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    step = size - overlap
    out = []
    start = 0
    while start < len(tokens):
        c = []
        for i in range(start, min(start + size, len(tokens))):
            c = c + [tokens[i]]
        out.append(c)
        if start + size >= len(tokens):
            break
        start += step
    return out
