"""Also accepted: a comprehension over the starts, computed up front (the last start is the first that reaches the end)."""


def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    if not tokens:
        return []
    step = size - overlap
    last = max(len(tokens) - size, 0)  # the chunk starting at or after this one ends at the last item
    return [tokens[s:s + size] for s in range(0, last + step, step)]
