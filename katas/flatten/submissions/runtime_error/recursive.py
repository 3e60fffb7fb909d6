"""Runtime error: the textbook recursion, one Python frame per level, so 100,000 levels pass the recursion limit."""


def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
