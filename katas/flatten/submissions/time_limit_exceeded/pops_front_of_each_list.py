"""Too slow: reads every list from the front with pop(0), on a copy so the input is unchanged. Each
pop(0) shifts all the items behind it, so a list of m items costs about m²/2 moves: fine for short
lists, quadratic for a long list of items and sublists (the wide, shallow input)."""


def flatten(nested):
    out = []
    stack = [list(nested)]
    while stack:
        top = stack[-1]
        if not top:
            stack.pop()
            continue
        item = top.pop(0)
        if type(item) is list:
            stack.append(list(item))
        else:
            out.append(item)
    return out
