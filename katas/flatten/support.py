"""Runs in the solution process: inputs nested too deep to cross as plain data, and the workloads.

A list 100,000 levels deep cannot be sent by the judge (its wire format is nested
JSON), so it is built here and reaches the tests as a handle they pass back to
flatten(). Every helper builds and walks with loops, never recursion.
"""


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


def workload_wide(solution, n):
    """n items, every other one wrapped in a one-item list: long at the top, shallow below."""
    nested = [[k] if k % 2 else k for k in range(n)]

    def run():
        solution.flatten(nested)

    return run, 1


def workload_deep(solution, n):
    """The chain shape n levels deep with an item on each side of every level."""
    nested = _build(n, "chain", 1)

    def run():
        solution.flatten(nested)

    return run, 1
