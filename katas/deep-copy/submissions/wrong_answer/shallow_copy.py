"""Wrong: a shallow copy, a new outer container holding the original's inner lists, dicts and sets."""


def deep_copy(obj):
    if isinstance(obj, list):
        return list(obj)
    if isinstance(obj, dict):
        return dict(obj)
    if isinstance(obj, set):
        return set(obj)
    return obj
