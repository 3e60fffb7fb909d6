"""Runtime error: one recursive call per chunk ([first] + chunk(rest)), so past about 1,000 chunks it raises RecursionError."""


def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    if not tokens:
        return []
    step = size - overlap

    def from_(start):
        piece = tokens[start:start + size]
        if start + size >= len(tokens):
            return [piece]
        return [piece] + from_(start + step)

    return from_(0)
