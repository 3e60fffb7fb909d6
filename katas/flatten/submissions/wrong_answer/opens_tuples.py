"""Wrong: opens tuples as well as lists, so (1, 2) comes out as 1, 2."""


def flatten(nested):
    out = []
    pending = list(reversed(nested))
    while pending:
        value = pending.pop()
        if isinstance(value, (list, tuple)):
            pending.extend(reversed(value))
        else:
            out.append(value)
    return out
