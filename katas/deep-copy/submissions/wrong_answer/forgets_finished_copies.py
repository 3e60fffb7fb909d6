"""Wrong: remembers only the containers still being copied (enough for cycles), so a list that appears twice is copied twice."""

ATOMS = (int, float, complex, str, bytes, bool, type(None), frozenset)


def deep_copy(obj, in_progress=None):
    if in_progress is None:
        in_progress = {}
    if type(obj) in ATOMS:
        return obj
    if id(obj) in in_progress:
        return in_progress[id(obj)]
    if type(obj) is tuple:
        return tuple(deep_copy(item, in_progress) for item in obj)
    if type(obj) is list:
        new = in_progress[id(obj)] = []
        new.extend(deep_copy(item, in_progress) for item in obj)
    elif type(obj) is dict:
        new = in_progress[id(obj)] = {}
        for key, value in obj.items():
            new[key] = deep_copy(value, in_progress)
    else:
        new = in_progress[id(obj)] = set(obj)
    del in_progress[id(obj)]  # finished: forgotten
    return new
