"""Runs in the solution process: the 200,000-deep chain (built here, never sent over the
wire) and the workloads the performance group measures.

Graphs are plain dicts of lists. In every graph built here some nodes appear only as
successors, as the contract allows.
"""

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
# Every run draws a fresh graph from the judge's seed: node labels are a random permutation,
# successor lists are in random order, and every shape has several routes, so that a
# depth-first search (or any shortcut that suits one known shape) finds a longer path. All
# calls go through the same two helpers, whatever the shape. Several paths or orders can be
# right, so an answer is judged here and comes back as plain data: for a path, its number
# of nodes and whether it is a path of the graph from start to goal; for an order, its
# length and whether it lists every node once with every edge forwards; or "ValueError".
def _labels(n, rng):
    labels = list(range(n))
    rng.shuffle(labels)
    return labels


def _path(solution, graph, start, goal):
    path = solution.shortest_path(graph, start, goal)
    if path is None:
        return None
    if type(path) is not list:
        return ["not a list", type(path).__name__]
    if not path or path[0] != start or path[-1] != goal:
        return [len(path), False]
    try:
        valid = all(v in graph.get(u, ()) for u, v in zip(path, path[1:]))
    except TypeError:  # an unhashable item: not a node
        valid = False
    return [len(path), valid]


def _order(solution, graph):
    try:
        order = solution.topological_order(graph)
    except ValueError:
        return "ValueError"
    if type(order) is not list:
        return ["not a list", type(order).__name__]
    try:
        position = {node: i for i, node in enumerate(order)}
        nodes = set(graph)
        for successors in graph.values():
            nodes.update(successors)
        valid = (
            len(position) == len(order) == len(nodes)
            and nodes.issuperset(position)
            and all(position[u] < position[v] for u, successors in graph.items() for v in successors)
        )
    except TypeError:
        valid = False
    return [len(order), valid]


def _shuffled(graph, rng):
    """The same graph, keys in random order and each successor list shuffled."""
    keys = list(graph)
    rng.shuffle(keys)
    out = {}
    for k in keys:
        successors = graph[k]
        rng.shuffle(successors)
        out[k] = successors
    return out


def workload_shortest_path_wide(solution, n, rng):
    """The start has 7n/8 successors in random order. One from the last eighth of that list
    leads straight to the goal; the last one heads a chain of n/8 nodes that also ends at the
    goal. Breadth-first search takes nearly all of the successors off its queue before it
    finds the goal (the frontier holds 7n/8 nodes); depth-first search goes down the chain."""
    base = rng.randrange(1 << 40)  # labels from a random base; their order is shuffled below
    wide = 7 * n // 8
    firsts = list(range(base + 1, base + wide + 1))
    rng.shuffle(firsts)
    near = firsts[rng.randrange(wide - wide // 8, wide - 1)]
    chain = [firsts[-1], *range(base + wide + 1, base + n)]
    goal = base + n
    graph = {base: firsts, near: [goal]}
    graph.update(zip(chain, [[b] for b in chain[1:]]))
    graph[chain[-1]] = [goal]
    return _path(solution, graph, base, goal)


def workload_shortest_path_deep(solution, n, rng):
    """n/4 diamonds in a row: from each joint, one successor reaches the next joint in one
    more step and the other in two (successors in random order). The only shortest path
    passes every joint (its length grows with n); depth-first search takes the long side of
    about half of the diamonds."""
    label = _labels(n + 1, rng)
    graph = {}
    joint = label[0]
    k = 1
    while k + 3 <= n:
        short, long1, long2, nxt = label[k:k + 4]
        graph[joint] = [short, long1] if rng.random() < 0.5 else [long1, short]
        graph[short] = [nxt]
        graph[long1] = [long2]
        graph[long2] = [nxt]
        joint = nxt
        k += 4
    return _path(solution, graph, label[0], joint)


def workload_topological_order(solution, n, rng):
    """A node with 3n/4 successors, the last of which heads a chain of n/4 nodes, plus n/4
    random forward edges, keys and successors in random order: wide (3n/4 nodes ready at
    once) and deep (a chain of n/4). Then the same graph with an edge from the chain's end back
    into it, a cycle (ValueError)."""
    label = _labels(n, rng)
    wide = 3 * n // 4
    graph = {label[0]: label[1:wide + 1]}
    graph.update((label[i], [label[i + 1]]) for i in range(wide, n - 1))
    for _ in range(n // 4):
        a = rng.randrange(1, n - 1)
        b = rng.randrange(max(a + 1, wide + 1), n) if a >= wide else rng.randrange(wide + 1, n)
        graph.setdefault(label[a], []).append(label[b])
    answers = [_order(solution, _shuffled(graph, rng))]
    # and, in every run (the engine keeps the cheapest repeat, so a shape drawn per run could
    # be dodged), the same graph with an edge from the chain's end back into it: a cycle
    graph.setdefault(label[n - 1], []).append(label[rng.randrange(wide, n - 1)])
    answers.append(_order(solution, _shuffled(graph, rng)))
    return answers


def workload_random_graphs(solution, n, rng):
    """A random directed graph of n nodes and 2n edges (some nodes only successors), then
    shortest_path between eight random pairs, and topological_order of a random DAG of n
    nodes and 2n edges (edges from an earlier to a later node of a random ranking)."""
    label = _labels(n, rng)
    graph = {}
    for _ in range(2 * n):
        graph.setdefault(label[rng.randrange(n)], []).append(label[rng.randrange(n)])
    answers = [_path(solution, graph, label[rng.randrange(n)], label[rng.randrange(n)]) for _ in range(8)]
    dag = {}
    for _ in range(2 * n):
        a, b = sorted(rng.sample(range(n), 2))
        dag.setdefault(label[a], []).append(label[b])
    answers.append(_order(solution, dag))
    return answers
