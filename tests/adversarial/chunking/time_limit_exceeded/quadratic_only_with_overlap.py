# class: detect-measuring
# why: back-to-back chunks (overlap 0) are sliced in place, but overlapping ones take the rest of the list again per chunk (O(n²/step)); every measured run has both an overlap of 0 and a positive overlap, for ints and for words, so the quadratic path is timed
def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    if overlap == 0:
        return [tokens[s:s + size] for s in range(0, len(tokens), size)]
    step = size - overlap
    out = []
    rest = tokens
    while rest:
        out.append(rest[:size])
        if len(rest) <= size:
            break
        rest = rest[step:]
    return out
