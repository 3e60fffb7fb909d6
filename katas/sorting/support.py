"""Runs in the solution process: items that are equal under `<` but can be told apart
(for stability), and the workloads the performance group measures with CountingValue,
which counts every `<` (and <=, >, >=) comparison exactly, whatever the machine's load.
"""

import random
import sys

from kata_probes import CountingValue


class Item:
    """An item ordered by `key` only; `tag` tells equal items apart. Every comparison
    (<, <=, >, >=, ==, !=) looks at the key alone, so a sort that uses any of them
    consistently works; only the order of the output shows whether it was stable."""

    __slots__ = ("key", "tag")
    __hash__ = None

    def __init__(self, key, tag):
        self.key = key
        self.tag = tag

    def __lt__(self, other):
        return self.key < other.key

    def __gt__(self, other):
        return other.key < self.key

    def __le__(self, other):
        return not other.key < self.key

    def __ge__(self, other):
        return not self.key < other.key

    def __eq__(self, other):
        return type(other) is Item and self.key == other.key

    def __ne__(self, other):
        return not self.__eq__(other)

    def __repr__(self):
        return f"Item(key={self.key!r}, tag={self.tag!r})"


def returns_its_input(function, values):
    """Whether solution.<function>(arr) hands back arr itself rather than a new list."""
    arr = list(values)
    return getattr(sys.modules["solution"], function)(arr) is arr


def sort_items(function, pairs):
    """Call solution.<function> on Items made from (key, tag) pairs. Returns
    [output, changed]: the output as (key, tag) pairs (an element that is not one of the
    input items shows as its repr), and what the call did to the input list (None if
    nothing: it must stay as it was, and not be the list returned)."""
    solution = sys.modules["solution"]
    items = [Item(k, t) for k, t in pairs]
    before = list(items)
    result = getattr(solution, function)(items)
    changed = None
    if len(items) != len(before) or any(a is not b for a, b in zip(items, before)):
        changed = "changed its input list"
    elif result is items:
        changed = "returned its input list itself, not a new list"
    if type(result) is not list:
        return [repr(result)[:80] + f" (a {type(result).__name__}, not a list)", changed]
    known = {id(item) for item in before}
    output = []
    for x in result:
        if type(x) is Item and id(x) in known:
            output.append((x.key, x.tag))
        else:
            output.append(f"{x!r} (not one of the input items)"[:80])
    return [output, changed]


def sort_large(function, n, seed):
    """Call solution.<function> on n random integers built here (cheaper than sending them)
    and describe the outcome as plain data: "sorted", or what is wrong."""
    solution = sys.modules["solution"]
    rng = random.Random(seed)
    arr = [rng.randrange(-10**9, 10**9) for _ in range(n)]
    copy = list(arr)
    result = getattr(solution, function)(arr)
    if arr != copy:
        return "changed its input"
    if type(result) is not list:
        return f"a {type(result).__name__}, not a list"
    copy.sort()
    if len(result) != n:
        return f"a list of {len(result):,} items"
    for i, (got, want) in enumerate(zip(result, copy)):
        if type(got) is not int or got != want:
            return f"a list with {got!r} at index {i:,}, where {want!r} belongs"
    return "sorted"


# workloads ---------------------------------------------------------------------
# One call sorts n CountingValues; the engine counts the comparisons of that call.
def _workload(function, values):
    items = [CountingValue(v) for v in values]

    def run():
        function(items)

    return run, 1


def workload_quicksort_sorted(solution, n):
    return _workload(solution.quicksort, range(n))


def workload_quicksort_reversed(solution, n):
    return _workload(solution.quicksort, range(n, 0, -1))


def workload_quicksort_all_equal(solution, n):
    return _workload(solution.quicksort, [7] * n)


def workload_quicksort_few_distinct(solution, n):
    rng = random.Random(n)
    return _workload(solution.quicksort, [rng.randrange(4) for _ in range(n)])


def workload_merge_sort(solution, n):
    """merge_sort on sorted, reversed and random input, one call each."""
    rng = random.Random(n)
    shapes = [list(range(n)), list(range(n, 0, -1)), [rng.randrange(n) for _ in range(n)]]
    lists = [[CountingValue(v) for v in shape] for shape in shapes]

    def run():
        for items in lists:
            solution.merge_sort(items)

    return run, 1
