"""Also accepted: one stack of pending values, each opened list pushed back reversed so pops come out in order."""


def flatten(nested):
    out = []
    pending = list(reversed(nested))
    while pending:
        value = pending.pop()
        if isinstance(value, list):
            pending.extend(reversed(value))
        else:
            out.append(value)
    return out
