"""Runs in the solution process: the workloads the performance group measures, and helpers for
what cannot cross as plain data (generators, values that only support <, the heap's type)."""

import random
import sys

from kata_probes import CountingValue


def _solution():
    return sys.modules["solution"]


# workloads ------------------------------------------------------------------------
def workload_heapify_reversed(solution, n):
    """One heapify of n values in decreasing order: the worst case for sifting down, and for
    building the heap by n inserts (each new value climbs to the root)."""
    values = [CountingValue(n - i) for i in range(n)]

    def run():
        solution.MinHeap.heapify(values)

    return run, 1


def workload_insert_extract(solution, n):
    """From an empty heap: n inserts of pseudo-random values, each followed by a peek, then n
    extract_min calls. A heap needs O(log n) comparisons per call; a sorted list, O(n) per insert."""
    rng = random.Random(n)
    values = [CountingValue(rng.randrange(4 * n)) for _ in range(n)]

    def run():
        heap = solution.MinHeap()
        for v in values:
            heap.insert(v)
            heap.peek()
        for _ in range(n):
            heap.extract_min()

    return run, 3 * n


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
