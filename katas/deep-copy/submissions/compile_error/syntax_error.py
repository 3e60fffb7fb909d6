"""Compile error: a dict comprehension with a missing closing brace."""


def deep_copy(obj):
    if isinstance(obj, dict):
        return {key: deep_copy(value) for key, value in obj.items()
    return obj
