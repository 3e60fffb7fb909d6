"""Wrong: remembers each result by value (tuple(tokens), size, overlap) and hands the same lists back for an equal list: lists the caller may have changed, holding another list's items."""

_cache = {}


def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    try:
        key = (tuple(tokens), size, overlap)
        if key in _cache:
            return _cache[key]
    except TypeError:  # unhashable items: nothing to remember
        key = None
    step = size - overlap
    out = []
    start = 0
    while start < len(tokens):
        out.append(tokens[start:start + size])
        if start + size >= len(tokens):
            break
        start += step
    if key is not None:
        _cache[key] = out
    return out
