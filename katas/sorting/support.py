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


def sort_large(function, n, seed, low=-10**9, high=10**9):
    """Call solution.<function> on n random integers in [low, high) built here (cheaper than
    sending them) and describe the outcome as plain data: "sorted", or what is wrong."""
    solution = sys.modules["solution"]
    rng = random.Random(seed)
    arr = [rng.randrange(low, high) for _ in range(n)]
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
# One call sorts n CountingValues (the engine counts every < of that call); the sorted
# values come back, so a fast wrong answer is a wrong answer.
def _sorted_values(function, values):
    return [x.value if type(x) is CountingValue else repr(x) for x in function([CountingValue(v) for v in values])]


def median_of_three_killer(n):
    """Musser's "median-of-3 killer" (Introspective Sorting and Selection Algorithms, 1997) for
    n = 2k: positions 1…k hold i for odd i and k + i - 1 for even i, positions k+1…2k hold 2i.
    A quicksort that takes the median of the first, middle and last items as its pivot and
    partitions by filtering (less / equal / greater, in order) gets the second smallest item
    as pivot at every level, and a subproblem of the same shape: n² / 4 comparisons. An odd n
    gets its largest value appended."""
    k = n // 2
    a = [0] * (2 * k)
    for i in range(1, k + 1):
        a[i - 1] = i if i % 2 else k + i - 1
        a[k + i - 1] = 2 * i
    if n % 2:
        a.append(n)
    return a


def workload_quicksort_sorted(solution, n, rng):
    start = rng.randrange(1 << 30)
    return _sorted_values(solution.quicksort, range(start, start + n))


def workload_quicksort_reversed(solution, n, rng):
    start = rng.randrange(1 << 30)
    return _sorted_values(solution.quicksort, range(start + n, start, -1))


def workload_quicksort_all_equal(solution, n, rng):
    return _sorted_values(solution.quicksort, [rng.randrange(1 << 30)] * n)


def workload_quicksort_few_distinct(solution, n, rng):
    return _sorted_values(solution.quicksort, rng.choices(range(4), k=n))


def workload_quicksort_median_of_three_killer(solution, n, rng):
    offset = rng.randrange(1 << 30)
    return _sorted_values(solution.quicksort, [v + offset for v in median_of_three_killer(n)])


def workload_merge_sort(solution, n, rng):
    """merge_sort on sorted, reversed and random input, one call each."""
    shapes = [range(n), range(n, 0, -1), rng.choices(range(n), k=n)]
    return [_sorted_values(solution.merge_sort, shape) for shape in shapes]


# LeetCode 912 (sort-an-array) --------------------------------------------------------
# Its nums are plain ints in [-50,000, 50,000], so a counting sort over that range is a fair
# answer: these workloads time sortArray (through the adapter) on such ints, in the same shapes
# as above, and return the sorted lists. Values that count comparisons cannot be used: a
# LeetCode answer may index a list with them or do arithmetic on them.
LOW, HIGH = -50_000, 50_000
SPAN = HIGH - LOW + 1


def _ascending(n, rng):
    """n ascending ints in LeetCode's range: distinct while they fit, at a random offset."""
    if n <= SPAN:
        start = rng.randrange(LOW, HIGH + 2 - n)
        return list(range(start, start + n))
    return [LOW + i * SPAN // n for i in range(n)]


def workload_leetcode_sorted(solution, n, rng):
    return solution.quicksort(_ascending(n, rng))


def workload_leetcode_reversed(solution, n, rng):
    return solution.quicksort(_ascending(n, rng)[::-1])


def workload_leetcode_all_equal(solution, n, rng):
    return solution.quicksort([rng.randint(LOW, HIGH)] * n)


def workload_leetcode_few_distinct(solution, n, rng):
    return solution.quicksort(rng.choices(rng.sample(range(LOW, HIGH + 1), 4), k=n))


def workload_leetcode_median_of_three_killer(solution, n, rng):
    """Musser's killer (values 1 … n) moved to a random place in LeetCode's range (n <= 100,000)."""
    offset = rng.randrange(LOW - 1, HIGH - n + 1)
    return solution.quicksort([v + offset for v in median_of_three_killer(n)])


def workload_leetcode_random(solution, n, rng):
    """merge_sort (the same sortArray) on sorted, reversed and random ints, one call each."""
    shapes = [_ascending(n, rng), _ascending(n, rng)[::-1], [rng.randint(LOW, HIGH) for _ in range(n)]]
    return [solution.merge_sort(shape) for shape in shapes]
