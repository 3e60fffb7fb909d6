"""Runs in the solution process: builds values with shared parts, cycles and deep nesting,
copies them with the submission's deep_copy, and checks the copy here, where identity
can be seen. What comes back to the judge is plain data: the input described in words
and a list of problems, each a sentence (empty when the copy is right).

A copy is right when, walking the original and the copy side by side:
- every value has exactly the original's type, and atoms are equal;
- no list, dict or set of the copy is one of the original's;
- each list, dict and set of the original corresponds to exactly one of the copy, so a
  container that appears twice is copied once and appears twice, and a cycle stays a cycle;
- tuples are new when they hold a mutable container (a tuple of atoms may be shared, and
  tuples, like atoms, need not keep their identity).
The input must also be unchanged: it is compared the same way with a twin built alongside it.
"""

import reprlib
import sys

from kata_workload import describe_exception

ATOMS = (int, float, complex, str, bytes, bool, type(None), frozenset)
MUTABLE = (list, dict, set)
MAX_PROBLEMS = 3

_short = reprlib.Repr()
_short.maxlevel = 3
_short.maxlist = _short.maxtuple = _short.maxdict = _short.maxset = 5
_short.maxstring = 30


# comparing ---------------------------------------------------------------------------
def _form(value):
    """A type-exact, comparable form of a hashable immutable value (1, 1.0 and True differ)."""
    t = type(value)
    if t is tuple:
        return ("tuple", tuple(_form(v) for v in value))
    if t is frozenset:
        return ("frozenset", frozenset(_form(v) for v in value))
    if t is float and value != value:
        return ("float", "nan")
    return (t.__name__, value)


def _children(value):
    if type(value) in (list, tuple):
        return value
    if type(value) is dict:
        return value.values()
    return ()


def _mutables(root):
    """id -> object for every list, dict and set reachable from root (iteratively: no depth limit)."""
    found, tuples, stack = {}, set(), [root]
    while stack:
        value = stack.pop()
        t = type(value)
        if t in MUTABLE:
            if id(value) in found:
                continue
            found[id(value)] = value
        elif t is tuple:
            if id(value) in tuples:
                continue
            tuples.add(id(value))
        stack.extend(_children(value))
    return found


def _holds_mutable(value) -> bool:
    return any(type(v) in MUTABLE for v in _mutables(value).values())


def _where(name, path) -> str:
    """x[0]['a'][2], shortened in the middle when it is very deep."""
    steps = []
    while path is not None:
        path, step = path
        steps.append(step)
    steps.reverse()
    if len(steps) > 10:
        return f"{name}{''.join(steps[:4])}…{''.join(steps[-3:])} ({len(steps)} levels down)"
    return name + "".join(steps)


def _inside(path, ancestor) -> bool:
    """Is `ancestor` the path itself or one of its prefixes?"""
    while True:
        if path is ancestor:
            return True
        if path is None:
            return False
        path = path[0]


def compare(original, copy, name="x", copy_name="the copy"):
    """Problems (sentences) with `copy` as a deep copy of `original`; [] if none. Places in the
    copy are called "the copy's x[0]…", or just "x[0]…" when copy_name is None."""
    problems = []
    originals = _mutables(original)
    copied = {}  # id(original container) -> (its copy, path where first met)
    source = {}  # id(copy container) -> (original container, path)
    tuples_done = set()
    stack = [(original, copy, None)]
    while stack and len(problems) < MAX_PROBLEMS:
        o, c, path = stack.pop()
        where = _where(name, path)
        if copy_name is None:
            there = where
        else:
            there = f"{copy_name}'s {where}" if path is not None else copy_name
        t = type(o)
        if type(c) is not t:
            problems.append(f"{there} is a {type(c).__name__} ({_short.repr(c)}) where the original has a {t.__name__} ({_short.repr(o)})")
            continue
        if t in ATOMS:
            if _form(c) != _form(o):
                problems.append(f"{there} is {_short.repr(c)}, expected {_short.repr(o)}")
            continue
        if t is tuple:
            if c is o and _holds_mutable(o):
                problems.append(
                    f"{there} is the original tuple itself, returned as-is, so the mutable containers inside it "
                    "are shared with the original: a tuple holding a list, dict or set must be rebuilt from copies of its items"
                )
                continue
            if len(c) != len(o):
                problems.append(f"{there} has {len(c)} items, expected {len(o)} ({_short.repr(o)})")
                continue
            if (id(o), id(c)) not in tuples_done:
                tuples_done.add((id(o), id(c)))
                stack.extend((o[i], c[i], (path, f"[{i}]")) for i in reversed(range(len(o))))
            continue
        # a list, dict or set
        kind = t.__name__
        if c is o:
            problems.append(f"{there} is the original's {kind} itself, so the copy shares it: a change to one shows in the other")
            continue
        if id(c) in originals:
            problems.append(f"{there} is one of the original's {kind}s, so the copy shares it with the original")
            continue
        if id(o) in copied:
            first_copy, first_path = copied[id(o)]
            if first_copy is not c:
                first = _where(name, first_path)
                if _inside(path, first_path):
                    problems.append(
                        f"the original's {where} is {first} itself (a cycle), but {there} is a different {kind}, not "
                        f"the copy of {first}: a cycle must be copied as a cycle (reuse the copy already made for {first})"
                    )
                else:
                    problems.append(
                        f"the original's {first} and {where} are the same {kind}, but in the copy they are two different "
                        f"{kind}s: an object that appears twice is copied once and appears twice "
                        "(remember each copy in a dict keyed by id() of the original)"
                    )
            continue
        if id(c) in source:
            _, other_path = source[id(c)]
            problems.append(
                f"the copy's {_where(name, other_path)} and {where} are the same {kind}, but in the original they are "
                f"two different {kind}s (equal, maybe, but not the same object): copy by identity, not by value"
            )
            continue
        copied[id(o)] = (c, path)
        source[id(c)] = (o, path)
        if len(c) != len(o):
            problems.append(f"{there} has {len(c)} items, expected {len(o)} ({_short.repr(o)})")
        elif t is list:
            stack.extend((o[i], c[i], (path, f"[{i}]")) for i in reversed(range(len(o))))
        elif t is set:
            if {_form(v) for v in c} != {_form(v) for v in o}:
                problems.append(f"{there} is {_short.repr(c)}, expected {_short.repr(o)}")
        else:
            keys = {_form(k): k for k in c}
            for k in reversed(list(o)):
                if _form(k) not in keys:
                    problems.append(f"{there} has no key {k!r} (its keys are {_short.repr(list(c))})")
                    break
                stack.append((o[k], c[keys[_form(k)]], (path, f"[{k!r}]")))
    return problems[:MAX_PROBLEMS]


# running the submission ---------------------------------------------------------------
def _judge(original, twin, text, name="x"):
    """deep_copy(original), then the problems with the input afterwards (against its twin), or else with the copy."""
    report = {"input": text, "problems": []}
    try:
        copy = sys.modules["solution"].deep_copy(original)
    except Exception as exc:
        report["raised"] = describe_exception(exc)
        return report
    changed = compare(twin, original, name, copy_name=None)
    report["problems"] = [f"deep_copy changed its input: {p}" for p in changed] or compare(original, copy, name)
    return report


def check_plain(value, twin):
    """For plain data sent by the judge (twice, as two separate objects)."""
    return _judge(value, twin, _short.repr(value))


def check_case(name):
    """For one of the CASES below."""
    build, text = CASES[name]
    return _judge(build(), build(), text)


def check_graph(nodes):
    """For a value described as a graph (see build_graph)."""
    return _judge(build_graph(nodes), build_graph(nodes), "", name="x0")


def copy_twice():
    """Copy x, change the first copy, copy x again: x must be unchanged, and the second copy a right copy of it."""
    text = "x = [[1, 2], {'a': [3]}]; c1 = deep_copy(x); c1[0].append(99); c1[1]['a'].append(4); c1.append('extra'); then deep_copy(x) again"
    x = [[1, 2], {"a": [3]}]
    twin = [[1, 2], {"a": [3]}]
    report = {"input": text, "problems": []}
    try:
        first = sys.modules["solution"].deep_copy(x)
        problems = [f"deep_copy changed its input: {p}" for p in compare(twin, x, copy_name=None)] or compare(x, first)
        if problems:
            return {"input": "deep_copy(x) where x = [[1, 2], {'a': [3]}]", "problems": problems}
        first[0].append(99)
        first[1]["a"].append(4)
        first.append("extra")
        second = sys.modules["solution"].deep_copy(x)
    except Exception as exc:
        report["raised"] = describe_exception(exc)
        return report
    if second is first:
        report["problems"] = [
            "the second call returned the first copy itself (changes included): a memo must not outlive its call "
            "(a default argument such as memo={} is created once, when the function is defined)"
        ]
        return report
    report["problems"] = [f"changing the first copy changed x: {p}" for p in compare(twin, x, copy_name=None)] or compare(
        x, second, copy_name="the second copy"
    )
    return report


# values -------------------------------------------------------------------------------
def build_graph(nodes):
    """nodes[0] is the value. Each node is [kind, items], kind one of list, dict, set, tuple;
    an item of a list or tuple, and a value of a dict, is ["atom", v] or ["node", k]; a dict's
    items are [key, item] with an atomic key; a set's items are atoms. A tuple refers to tuples
    of higher index only (a tuple must be built after what it holds)."""
    made = {}
    for k, (kind, _) in enumerate(nodes):
        if kind in ("list", "dict", "set"):
            made[k] = {"list": list, "dict": dict, "set": set}[kind]()

    def item(ref):
        return ref[1] if ref[0] == "atom" else made[ref[1]]

    for k in reversed(range(len(nodes))):
        kind, items = nodes[k]
        if kind == "tuple":
            made[k] = tuple(item(ref) for ref in items)
    for k, (kind, items) in enumerate(nodes):
        if kind == "list":
            made[k].extend(item(ref) for ref in items)
        elif kind == "dict":
            for key, ref in items:
                made[k][key] = item(ref)
        elif kind == "set":
            made[k].update(items)
    return made[0]


def _self_list():
    x = [1, "two"]
    x.append(x)
    return x


def _self_dict():
    x = {"name": "root"}
    x["self"] = x
    x["children"] = [x, (x, 3)]
    return x


def _two_lists_in_a_cycle():
    a, b = [1], [2]
    a.append(b)
    b.append(a)
    return a


def _cycle_through_a_tuple():
    x = [0]
    x[0] = (x, "end")
    return x


def _shared_list():
    a = [1, 2]
    return [a, a]


def _shared_everywhere():
    shared = {"k": [1]}
    tags = {"red", "blue"}
    return {"first": shared, "second": [shared, (shared, tags)], "tags": tags}


def _equal_but_distinct():
    return [[1], [1], {"a": 1}, {"a": 1}, set(), set()]


def _nested(depth, kinds):
    value = "bottom"
    for level in range(depth):
        kind = kinds[level % len(kinds)]
        value = [value] if kind == "list" else {"k": value} if kind == "dict" else (value,)
    return value


CASES = {
    "self_list": (_self_list, "x = [1, 'two', x] (a list that contains itself)"),
    "self_dict": (_self_dict, "x = {'name': 'root', 'self': x, 'children': [x, (x, 3)]}"),
    "two_lists_in_a_cycle": (_two_lists_in_a_cycle, "x = [1, y] and y = [2, x] (two lists in a cycle)"),
    "cycle_through_a_tuple": (_cycle_through_a_tuple, "x = [(x, 'end')] (a cycle through a tuple)"),
    "shared_list": (_shared_list, "x = [a, a] where a = [1, 2] (the same list twice)"),
    "shared_everywhere": (
        _shared_everywhere,
        "x = {'first': s, 'second': [s, (s, t)], 'tags': t} where s = {'k': [1]} and t = {'red', 'blue'}",
    ),
    "equal_but_distinct": (_equal_but_distinct, "x = [[1], [1], {'a': 1}, {'a': 1}, set(), set()] (equal, but six different objects)"),
    "deep_lists": (lambda: _nested(500, ["list"]), "x = [[[…['bottom']…]]], lists 500 deep"),
    "deep_dicts": (lambda: _nested(500, ["dict"]), "x = {'k': {'k': …{'k': 'bottom'}…}}, dicts 500 deep"),
    "deep_mixed": (
        lambda: _nested(500, ["list", "tuple", "dict"]),
        "x = {'k': ([…{'k': (['bottom'],)}…],)}, 500 levels of lists, tuples and dicts",
    ),
}


# the workload the performance group measures ------------------------------------------
def _value(n, rng):
    """n containers: container i holds container 3i+1, 3i+2 and 3i+3 (a tree about log3(n)
    deep), a few atoms, and, often, a second reference to a random later container (so many
    are shared by several parents), or the root itself (a cycle). Lists, dicts and tuples;
    the leaves are sometimes sets. Tuples only hold later containers or the root (a list),
    so they can be built after what they hold."""
    kinds = []
    for i in range(n):
        r = rng.random()
        leaf = 3 * i + 1 >= n
        kinds.append("set" if leaf and r < 0.2 else "tuple" if r < 0.35 else "dict" if r < 0.65 else "list")
    kinds[0] = "list"
    atoms = rng.getrandbits(64 * 2 * n).to_bytes(16 * n, "little").hex()
    refs = []
    for i in range(n):
        items = [("atom", int(atoms[32 * i:32 * i + 6], 16)), ("atom", atoms[32 * i + 6:32 * i + 12])]
        items += [("node", c) for c in range(3 * i + 1, min(3 * i + 4, n))]
        r = rng.random()
        if r < 0.5 and i + 1 < n:
            items.append(("node", rng.randrange(i + 1, n)))  # shared: a second parent
        elif r < 0.6:
            items.append(("node", 0))  # back to the root: a cycle
        elif r < 0.65 and kinds[i] != "tuple":
            items.append(("node", i))  # itself: the smallest cycle
        rng.shuffle(items)
        refs.append(items)
    made = [None] * n
    for i, kind in enumerate(kinds):
        if kind != "tuple":
            made[i] = {"list": list, "dict": dict, "set": set}[kind]()
    for i in reversed(range(n)):
        if kinds[i] == "tuple":
            made[i] = tuple(v if what == "atom" else made[v] for what, v in refs[i])
    for i, kind in enumerate(kinds):
        if kind == "list":
            made[i].extend(v if what == "atom" else made[v] for what, v in refs[i])
        elif kind == "dict":
            made[i].update((f"k{j}", v if what == "atom" else made[v]) for j, (what, v) in enumerate(refs[i]))
        elif kind == "set":
            made[i].update(v for what, v in refs[i] if what == "atom")
    return made[0], {id(c) for c in made if type(c) in MUTABLE}


def _sorted(items):
    try:
        return sorted(items)
    except TypeError:  # not the keys and items the original holds: the digest will differ
        return sorted(items, key=repr)


def describe_copy(copy, originals):
    """The copy as plain data: its lists, dicts and sets numbered in the order first met
    (breadth first, dict items by key, set items sorted), each as [kind, items], where an item
    is an atom, ["ref", k] for container k, or ["tuple", items] (tuples are values: identity
    free); and whether any of those containers is one of the original's."""
    index = {}
    rows = []

    def item(v):
        t = type(v)
        if t is int or t is str:
            return v
        if t is tuple:
            return ["tuple", [item(x) for x in v]]
        if t is list or t is dict or t is set:
            k = index.get(id(v))
            if k is None:
                k = index[id(v)] = len(rows)
                rows.append(v)
            return ["ref", k]
        return ["other", t.__name__, repr(v)[:40]]

    top = item(copy)
    k = 0
    while k < len(rows):
        c = rows[k]
        t = type(c)
        if t is list:
            rows[k] = ["list", [item(v) for v in c]]
        elif t is dict:
            rows[k] = ["dict", [[key, item(c[key])] for key in _sorted(c)]]
        else:
            rows[k] = ["set", _sorted(c)]
        k += 1
    shared = any(i in originals for i in index)
    return [top, rows, shared]


def workload_deep_copy(solution, n, rng):
    """deep_copy of a value of n containers with many shared parts and cycles (see _value);
    returns the copy's shape (describe_copy)."""
    value, originals = _value(n, rng)
    return describe_copy(solution.deep_copy(value), originals)
