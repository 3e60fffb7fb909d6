"""Wrong: pushes each list's items in order onto a stack, so they pop out right to left."""


def flatten(nested):
    out = []
    pending = list(nested)
    while pending:
        value = pending.pop()
        if isinstance(value, list):
            pending.extend(value)
        else:
            out.append(value)
    return out
