"""Runtime error: plain recursion with no memo, so a list that contains itself is copied forever (RecursionError)."""


def deep_copy(obj):
    if isinstance(obj, list):
        return [deep_copy(item) for item in obj]
    if isinstance(obj, dict):
        return {key: deep_copy(value) for key, value in obj.items()}
    if isinstance(obj, set):
        return {deep_copy(item) for item in obj}
    if isinstance(obj, tuple):
        return tuple(deep_copy(item) for item in obj)
    return obj
