"""Reference: recursion with a memo from id(original) to its copy. A list, dict or set is
registered in the memo before its items are copied, so a cycle finds the copy in progress;
a tuple is built after its items, then checked against the memo in case a cycle through it
already built one."""

ATOMS = (int, float, complex, str, bytes, bool, type(None), frozenset)


def deep_copy(obj, memo=None):
    if memo is None:
        memo = {}
    if type(obj) in ATOMS:
        return obj
    if id(obj) in memo:
        return memo[id(obj)]
    if type(obj) is list:
        new = memo[id(obj)] = []
        for item in obj:
            new.append(deep_copy(item, memo))
        return new
    if type(obj) is dict:
        new = memo[id(obj)] = {}
        for key, value in obj.items():
            new[deep_copy(key, memo)] = deep_copy(value, memo)
        return new
    if type(obj) is set:
        new = memo[id(obj)] = set()
        for item in obj:
            new.add(deep_copy(item, memo))
        return new
    if type(obj) is tuple:
        items = [deep_copy(item, memo) for item in obj]
        if id(obj) in memo:  # a cycle through this tuple copied it already
            return memo[id(obj)]
        new = memo[id(obj)] = tuple(items)
        return new
    raise TypeError(f"deep_copy does not handle {type(obj).__name__}")
