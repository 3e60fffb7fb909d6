# class: other
# why: copies every item that is not an int or a str ("so that a chunk never shares a mutable token"), which the fixed tests of plain ints and strings cannot see across the process boundary; the judge hands in objects of its own and checks identity in the solution process
import copy


def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    step = size - overlap
    out = []
    start = 0
    while start < len(tokens):
        out.append([t if type(t) in (int, str) else copy.copy(t) for t in tokens[start:start + size]])
        if start + size >= len(tokens):
            break
        start += step
    return out
