"""Wrong: starts run only while a full chunk fits (range(0, n - size + 1, step)), so a tail shorter than size is dropped, and a list shorter than size gives no chunk at all."""


def chunk(tokens, size, overlap):
    if size < 1 or overlap < 0 or overlap >= size:
        raise ValueError("need size >= 1 and 0 <= overlap < size")
    step = size - overlap
    return [tokens[s:s + size] for s in range(0, len(tokens) - size + 1, step)]
