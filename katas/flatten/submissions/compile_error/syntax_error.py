"""Compile error: `else if` is not Python (it is `elif`)."""


def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, list):
            out.extend(flatten(item))
        else if item is not None:
            out.append(item)
    return out
