"""Also accepted, without recursion: find every container, make an empty list, dict or set
for each, build the tuples (each after the tuples it holds), then fill the empty ones."""

ATOMS = (int, float, complex, str, bytes, bool, type(None), frozenset)


def deep_copy(obj):
    found = {}  # id -> every container reachable from obj, once
    stack = [obj]
    while stack:
        x = stack.pop()
        if type(x) in ATOMS or id(x) in found:
            continue
        found[id(x)] = x
        if type(x) is dict:
            stack.extend(x.values())
        elif type(x) is not set:  # a set holds only immutable values
            stack.extend(x)

    copies = {i: type(x)() for i, x in found.items() if type(x) is not tuple}

    def copy_of(x):
        return x if type(x) in ATOMS else copies[id(x)]

    # A tuple can be built once the tuples inside it are; tuples never hold each other in a
    # cycle (a cycle needs a mutable container, whose empty copy already exists).
    started = set()
    for first in [x for x in found.values() if type(x) is tuple]:
        work = [(first, False)]
        while work:
            t, ready = work.pop()
            if ready:
                copies[id(t)] = tuple(copy_of(item) for item in t)
            elif id(t) not in started:
                started.add(id(t))
                work.append((t, True))
                work.extend((item, False) for item in t if type(item) is tuple)

    for i, x in found.items():
        if type(x) is list:
            copies[i].extend(copy_of(item) for item in x)
        elif type(x) is dict:
            for key, value in x.items():  # keys are immutable: shared as they are
                copies[i][key] = copy_of(value)
        elif type(x) is set:
            copies[i].update(x)
    return copy_of(obj)
