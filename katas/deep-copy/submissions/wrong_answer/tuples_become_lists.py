"""Wrong: copies every sequence with a list comprehension, so tuples come back as lists."""


def deep_copy(obj, memo=None):
    if memo is None:
        memo = {}
    if id(obj) in memo:
        return memo[id(obj)]
    if isinstance(obj, (list, tuple)):
        new = memo[id(obj)] = []
        new.extend([deep_copy(item, memo) for item in obj])
        return new
    if isinstance(obj, dict):
        new = memo[id(obj)] = {}
        for key, value in obj.items():
            new[key] = deep_copy(value, memo)
        return new
    if isinstance(obj, set):
        new = memo[id(obj)] = set(obj)
        return new
    return obj
