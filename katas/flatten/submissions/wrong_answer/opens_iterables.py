"""Wrong: opens every iterable except strings, so tuples, dicts and sets are taken apart too."""

from collections.abc import Iterable


def flatten(nested):
    out = []
    pending = list(reversed(nested))
    while pending:
        value = pending.pop()
        if isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
            pending.extend(reversed(list(value)))
        else:
            out.append(value)
    return out
