"""Runs in the solution process: the 200,000-deep chain (built here, never sent over the
wire) and the workloads the performance group measures.

Graphs are plain dicts of lists. In every graph built here some nodes appear only as
successors, as the contract allows.
"""

import random
import signal
import sys


def chain(n):
    """0 -> 1 -> ... -> n-1; the last node appears only as a successor."""
    return {i: [i + 1] for i in range(n - 1)}


class _OverTime(BaseException):
    """Raised by the alarm inside the submission's call; a BaseException so that an
    `except Exception` in the submission does not swallow it."""


def _describe(result, expected_len):
    if type(result) is not list:
        return f"a {type(result).__name__}"
    if len(result) != expected_len:
        return f"a list of {len(result):,} nodes"
    for i, node in enumerate(result):
        if node != i:
            return f"a list with {node!r} at index {i:,}"
    return "the whole chain in order"


def on_deep_chain(function, n, seconds):
    """Call solution.<function> on the chain of n nodes (shortest_path from 0 to n-1, or
    topological_order), stopping it after `seconds` of CPU time (so a busy machine does
    not count against it). Both have exactly one right answer: [0, 1, ..., n-1]. Returns
    that answer's description, or what came back instead, or "over time"."""
    solution = sys.modules["solution"]
    graph = chain(n)
    args = (graph, 0, n - 1) if function == "shortest_path" else (graph,)

    def alarm(signum, frame):
        raise _OverTime

    previous = signal.signal(signal.SIGPROF, alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        result = getattr(solution, function)(*args)
    except _OverTime:
        return "over time"
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    return _describe(result, n)


# workloads ---------------------------------------------------------------------
def workload_shortest_path_wide(solution, n):
    """Node 0 has n-1 successors; the goal n hangs off the last of them, so breadth-first
    search takes every one of them off its queue first (the frontier holds n nodes)."""
    graph = {0: list(range(1, n)), n - 1: [n]}

    def run():
        solution.shortest_path(graph, 0, n)

    return run, n


def workload_shortest_path_deep(solution, n):
    """A chain of n nodes, from its first node to its last (the path has n nodes)."""
    graph = chain(n)

    def run():
        solution.shortest_path(graph, 0, n - 1)

    return run, n


def workload_topological_order(solution, n):
    """A node with 3n/4 successors, the last of which heads a chain of n/4 nodes, keys in
    shuffled order: wide (3n/4 nodes ready at once) and deep (a chain of n/4)."""
    wide = 3 * n // 4
    edges = {0: list(range(1, wide + 1))}
    edges.update({i: [i + 1] for i in range(wide, n - 1)})
    keys = list(edges)
    random.Random(n).shuffle(keys)
    graph = {k: edges[k] for k in keys}

    def run():
        solution.topological_order(graph)

    return run, n
