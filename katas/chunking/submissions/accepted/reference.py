"""Reference: slice tokens[start:start + size], step start by size - overlap, and stop at the chunk that reaches the end."""


def chunk(tokens: list, size: int, overlap: int) -> list[list]:
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    if overlap < 0 or overlap >= size:
        raise ValueError(f"overlap must be in 0 ... size - 1 = {size - 1}, got {overlap}")
    step = size - overlap
    n = len(tokens)
    chunks = []
    start = 0
    while start < n:
        chunks.append(tokens[start:start + size])
        if start + size >= n:
            break  # this chunk ends at the last item: one more would lie inside it
        start += step
    return chunks
