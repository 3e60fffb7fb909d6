"""Wrong: uses the caller's list as its work stack (no copy), so the input is emptied."""


def flatten(nested):
    out = []
    pending = nested
    pending.reverse()
    while pending:
        value = pending.pop()
        if isinstance(value, list):
            pending.extend(reversed(value))
        else:
            out.append(value)
    return out
