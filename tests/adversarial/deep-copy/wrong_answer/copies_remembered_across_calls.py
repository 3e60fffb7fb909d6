# class: memoise
# why: keeps every copy it made in a module-level dict keyed by id() of the original and hands it back on a later call, to save the work when the same value is copied again; ids are reused once a value is freed, so a later call gets a stale copy of another value, and a second copy of the same value shares the first one's containers: a wrong answer.
ATOMS = (int, float, complex, str, bytes, bool, type(None), frozenset)
_made = {}


def deep_copy(obj):
    if type(obj) in ATOMS:
        return obj
    if id(obj) in _made:
        return _made[id(obj)]
    if type(obj) is list:
        new = _made[id(obj)] = []
        new.extend(deep_copy(v) for v in obj)
        return new
    if type(obj) is dict:
        new = _made[id(obj)] = {}
        for k, v in obj.items():
            new[k] = deep_copy(v)
        return new
    if type(obj) is set:
        new = _made[id(obj)] = set(obj)
        return new
    items = tuple(deep_copy(v) for v in obj)
    return _made.setdefault(id(obj), items)
