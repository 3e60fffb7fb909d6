"""Wrong: the memo is a default argument, created once and shared by every call, so a later call hands back an old copy."""


def deep_copy(obj, memo={}):
    if id(obj) in memo:
        return memo[id(obj)]
    if type(obj) is list:
        new = memo[id(obj)] = []
        new.extend(deep_copy(item, memo) for item in obj)
        return new
    if type(obj) is dict:
        new = memo[id(obj)] = {}
        for key, value in obj.items():
            new[key] = deep_copy(value, memo)
        return new
    if type(obj) is set:
        new = memo[id(obj)] = set(obj)
        return new
    if type(obj) is tuple:
        items = tuple(deep_copy(item, memo) for item in obj)
        return memo.setdefault(id(obj), items)
    return obj
