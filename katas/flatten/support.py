"""Runs in the solution process: inputs nested too deep to cross as plain data, and the workloads.

A list 100,000 levels deep cannot be sent by the judge (its wire format is nested
JSON), so it is built here and reaches the tests as a handle they pass back to
flatten(). Every helper builds and walks with loops, never recursion.
"""

from array import array
from itertools import accumulate


class DeepList(list):
    """A plain list in all but name. The solution process returns anything that is not
    exactly a list as a handle without walking it, so the outermost level of a deep
    input is one of these: otherwise it would walk 100,000 levels to find out it cannot
    send them, and a submission that raised sys.setrecursionlimit would crash it there."""

SHAPES = ("chain", "left", "empty")


def _build(depth, shape, step):
    """A list `depth` levels deep with items at every `step`-th level (k = 0, step, 2·step, …):
    chain: level k is [k, <level k+1>, -k-1], or [<level k+1>]; the innermost holds "bottom".
           It flattens to the k going down, "bottom", then the -k-1 coming back up.
    left:  level k is [<level k-1>, k], or [<level k-1>], so the deep end comes first;
           it flattens to "bottom", then the k in increasing order.
    empty: [[[…[]…]]], no item at all; it flattens to [].
    Few items keep a deep test about depth: an O(items²) solution still passes it quickly."""
    if shape not in SHAPES:
        raise ValueError(f"shape must be one of {SHAPES}, got {shape!r}")
    if shape == "empty":
        inner = []
        for _ in range(depth):
            inner = [inner]
        return inner
    inner = ["bottom"]
    if shape == "chain":
        for k in reversed(range(depth)):
            inner = [k, inner, -k - 1] if k % step == 0 else [inner]
    else:
        for k in range(depth):
            inner = [inner, k] if k % step == 0 else [inner]
    return inner


def deep_list(depth, shape, step):
    """A list nested `depth` levels deep (see _build); the tests get it as a handle."""
    return DeepList(_build(depth, shape, step))


def _same(a, b):
    """Equal as nested lists, type for type, without recursion."""
    pairs = [(a, b)]
    while pairs:
        x, y = pairs.pop()
        if type(x) is not type(y):
            return False
        if type(x) is list:
            if len(x) != len(y):
                return False
            pairs.extend(zip(x, y))
        elif x != y:
            return False
    return True


def deep_list_intact(nested, depth, shape, step):
    """True if `nested` still is exactly what deep_list(depth, shape, step) built."""
    return type(nested) is DeepList and _same(list(nested), _build(depth, shape, step))


def _values(n, rng):
    """n random ints, made at C speed (a Python loop per item would cost as much as flatten)."""
    return array("i", rng.randbytes(4 * n)).tolist()


def _sizes(count, rng, low, high):
    """`count` random ints in [low, high], at C speed."""
    return [low + b % (high - low + 1) for b in rng.randbytes(count)]


def workload_wide(solution, n, rng):
    """About n items, wide and shallow, with several items on every level: the top holds 2 long
    groups and at most 3 items (every run: a solution keyed on the top's length meets this shape
    whatever the seed); in each group, 4 plain items alternate with a sublist of 1 to 7 items
    (every 5th sublist holds a sublist of its own, every 11th starts with an empty one). A list
    read from the front with pop(0), or any step that costs as much as a long list, shows here.
    Returns the flattened list."""
    values = _values(n, rng)
    c = n // 8  # sublists; 4c plain items, the rest of the items inside the sublists
    offsets = list(accumulate(_sizes(c, rng, 1, 7), initial=4 * c))
    chunks = [values[a:b] for a, b in zip(offsets, offsets[1:])]
    chunks[4::5] = [[*chunk[:1], chunk[1:]] for chunk in chunks[4::5]]
    chunks[3::11] = [[[], chunk] for chunk in chunks[3::11]]
    entries = [None] * (5 * c)
    entries[4::5] = chunks
    for r in range(4):
        entries[r::5] = values[r * c:(r + 1) * c]
    half = len(entries) // 2
    rest = values[offsets[-1]:][:3]  # however many the drawn sizes leave over, the top stays short
    return solution.flatten([*rest[:1], entries[:half], *rest[1:], entries[half:]])


def workload_deep(solution, n, rng):
    """About n items nested n/8 levels deep, several items on every level: each level holds 1 to 7
    items, then the next level, then 1 to 7 more items (so items wait on both sides of every
    level). A step that costs as much as the depth, or copies what lies below, shows here.
    Returns the flattened list."""
    values = _values(n, rng)
    inner = values[:4]
    k = 4
    for size in _sizes(n // 8, rng, 2, 14):
        if k + size > n:
            break
        half = size // 2
        inner = [*values[k:k + half], inner, *values[k + half:k + size]]
        k += size
    return solution.flatten(inner)
