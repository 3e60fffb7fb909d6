"""Compile error: the function is called flatten_list, so the required name flatten is missing."""


def flatten_list(nested):
    out = []
    pending = list(reversed(nested))
    while pending:
        value = pending.pop()
        if isinstance(value, list):
            pending.extend(reversed(value))
        else:
            out.append(value)
    return out
