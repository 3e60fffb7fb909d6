"""Wrong: the memo is keyed by repr(), by value, so two equal but different lists become one list in the copy."""


def deep_copy(obj, memo=None):
    if memo is None:
        memo = {}
    key = (type(obj).__name__, repr(obj))
    if type(obj) in (list, dict, set) and key in memo:
        return memo[key]
    if type(obj) is list:
        new = memo[key] = []
        new.extend(deep_copy(item, memo) for item in obj)
        return new
    if type(obj) is dict:
        new = memo[key] = {}
        for k, value in obj.items():
            new[k] = deep_copy(value, memo)
        return new
    if type(obj) is set:
        new = memo[key] = set(obj)
        return new
    if type(obj) is tuple:
        return tuple(deep_copy(item, memo) for item in obj)
    return obj
