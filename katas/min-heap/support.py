"""Runs in the solution process: the workloads the performance group measures, and helpers for
what cannot cross as plain data (generators, values that only support <, the heap's type)."""

import sys

from kata_probes import CountingValue


def _solution():
    return sys.modules["solution"]


# workloads ------------------------------------------------------------------------
# Each returns every answer it got (values as plain data), so a fast wrong answer is wrong.
def _plain(v):
    return v.value if type(v) is CountingValue else v


def _insert_extract(heap, values):
    """n inserts, each followed by a peek, then n extract_min: every peek and extracted value."""
    answers = []
    for v in values:
        heap.insert(v)
        answers.append(_plain(heap.peek()))
    answers.append(len(heap))
    for _ in range(len(values)):
        answers.append(_plain(heap.extract_min()))
    return answers


def workload_insert_extract(solution, n, rng):
    """From an empty heap: n inserts of random values that count their < calls, each followed
    by a peek, then n extract_min. A heap needs O(log n) comparisons per call; a list kept
    sorted by scanning, O(n) per insert."""
    values = [CountingValue(v) for v in rng.choices(range(4 * n), k=n)]
    return _insert_extract(solution.MinHeap(), values)


def workload_insert_extract_ints(solution, n, rng):
    """The same calls on plain ints (compared in C) at sizes where moving a list's memory
    shows, inserted in increasing order (from a random start, with random gaps): a list kept
    sorted largest-first that finds the place by binary search and list.insert()s it moves the
    whole list on every insert, one kept smallest-first moves it on every extract (del
    items[0]), and a heap that copies its list on every insert moves it too. Each does
    O(log n) comparisons, but O(n) work per call."""
    start = rng.getrandbits(40)
    values = [start + v for v in range(0, 4 * n, 4)]
    for i in rng.sample(range(n), n // 8):
        values[i] += rng.randrange(4)  # some ties and near-ties, still increasing
    return _insert_extract(solution.MinHeap(), values)


def _heapified(solution, values):
    """heapify(values), then what can be checked in O(log n): len, peek, and 5 extract_min."""
    heap = solution.MinHeap.heapify(values)
    answers = [len(heap), _plain(heap.peek())]
    for _ in range(min(5, len(values))):
        answers.append(_plain(heap.extract_min()))
    return answers


def workload_heapify_random(solution, n, rng):
    """One heapify of n random values (many repeated)."""
    return _heapified(solution, [CountingValue(v) for v in rng.choices(range(n), k=n)])


def workload_heapify_shapes(solution, n, rng):
    """Three heapifies of n values each, on the shapes that hurt a heap built by inserts, and
    that a heapify that checks for one special shape does not recognise: decreasing order;
    decreasing order with one random pair swapped; and an organ pipe (odd values going up,
    then even values coming down)."""
    decreasing = list(range(n, 0, -1))
    swapped = list(decreasing)
    i, j = rng.randrange(n), rng.randrange(n)
    swapped[i], swapped[j] = swapped[j], swapped[i]
    pipe = list(range(1, n + 1, 2)) + list(range(n if n % 2 == 0 else n - 1, 0, -2))
    answers = []
    for shape in (decreasing, swapped, pipe):
        answers.append(_heapified(solution, [CountingValue(v) for v in shape]))
    return answers


# helpers the hidden tests call ---------------------------------------------------------
def heapify(items):
    """MinHeap.heapify(items), called from the judge with plain data."""
    return _solution().MinHeap.heapify(items)


def heapify_from_generator(items):
    """MinHeap.heapify of a generator over items (an iterable that can be read only once)."""
    return _solution().MinHeap.heapify(x for x in items)


def is_a_min_heap(heap):
    """Whether heapify returned an instance of the submission's MinHeap."""
    return isinstance(heap, _solution().MinHeap)


class LtOnly:
    """A value that supports < and nothing else (no <=, >=, ==-based ordering)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        return self.value < other.value

    def __repr__(self):
        return f"LtOnly({self.value!r})"


def drain_lt_only(values, use_heapify):
    """Values wrapped as LtOnly go in (by heapify or by insert); the values extracted come back in order."""
    wrapped = [LtOnly(v) for v in values]
    if use_heapify:
        heap = _solution().MinHeap.heapify(wrapped)
    else:
        heap = _solution().MinHeap()
        for w in wrapped:
            heap.insert(w)
    out = []
    if values:
        heap.peek()
    while len(heap):
        out.append(heap.extract_min().value)
    return out


# heapify against the judge's own order ----------------------------------------------------
class Blind:
    """A value whose order only the judge knows: `<` asks the judge's function (a Callback the
    hidden test passes), which counts every comparison in the judge's process. The submission
    can neither read the order nor compare without being counted."""

    __slots__ = ("id",)
    less = None  # the comparison in force: the judge's function during heapify, then a local one

    def __init__(self, id):
        self.id = id

    def __lt__(self, other):
        if type(other) is not Blind:
            return NotImplemented
        return Blind.less(self.id, other.id)

    def __repr__(self):
        return f"<value {self.id}>"


def heapify_blind(n, less, extracts=3):
    """MinHeap.heapify of n values compared by the judge's `less(id_a, id_b)`, then a peek and
    `extracts` extract_min with the judge still comparing (a heapify that defers its work to
    the first peek is counted too). Returns the heap (a handle) and the ids taken out; from here
    on nothing compares the values until drain_blind."""
    Blind.less = less
    try:
        heap = _solution().MinHeap.heapify([Blind(i) for i in range(n)])
        heap.peek()
        taken = []
        for _ in range(extracts):
            v = heap.extract_min()
            taken.append(v.id if type(v) is Blind else None)
        return [heap, taken]
    finally:
        Blind.less = _refused


def _refused(a, b):
    raise RuntimeError("compared outside heapify")


def drain_blind(heap, ranks):
    """Every extract_min of a heap built by heapify_blind, with the order now given as ranks
    (the judge reveals it once heapify is over): the ids in the order they came out."""
    Blind.less = lambda a, b: ranks[a] < ranks[b]
    try:
        out = []
        for _ in range(len(heap)):
            v = heap.extract_min()
            out.append(v.id if type(v) is Blind else None)
        return out
    finally:
        Blind.less = _refused
