"""Checks shared by the examples and properties of graph-search (not a test file): a
returned path or order is judged against the graph itself, since several answers can
be right."""

from collections import deque

from judge.testing import WrongAnswer, same, show


def nodes_of(graph):
    """Every node in first-seen order: the keys, and nodes that appear only as successors."""
    seen = dict.fromkeys(graph)
    for successors in graph.values():
        seen.update(dict.fromkeys(successors))
    return list(seen)


def distance(graph, start, goal):
    """Fewest edges from start to goal, or None (plain BFS, the model)."""
    if start == goal:
        return 0
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in graph.get(node, []):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                if nxt == goal:
                    return dist[nxt]
                queue.append(nxt)
    return None


def has_cycle(graph):
    indegree = {v: 0 for v in nodes_of(graph)}
    for successors in graph.values():
        for v in successors:
            indegree[v] += 1
    ready = [v for v, d in indegree.items() if d == 0]
    taken = 0
    while ready:
        node = ready.pop()
        taken += 1
        for v in graph.get(node, []):
            indegree[v] -= 1
            if indegree[v] == 0:
                ready.append(v)
    return taken < len(indegree)


def check_path(graph, start, goal, got, call, note=None):
    suffix = f": {note}" if note else ""
    want = distance(graph, start, goal)
    if want is None:
        if not same(got, None):
            raise WrongAnswer(f"{call} returned {show(got)}, expected None: {goal!r} cannot be reached from {start!r}{suffix}")
        return
    if type(got) is not list:
        raise WrongAnswer(f"{call} returned {show(got)}, expected a list of {want + 1} nodes from {start!r} to {goal!r}{suffix}")
    if not got or not same(got[0], start) or not same(got[-1], goal):
        raise WrongAnswer(f"{call} returned {show(got)}, expected a path that starts at {start!r} and ends at {goal!r}{suffix}")
    for u, v in zip(got, got[1:]):
        try:
            successors = graph.get(u, [])
        except TypeError:  # unhashable: not a node
            raise WrongAnswer(f"{call} returned {show(got)}, which holds {show(u)}, not a node of the graph{suffix}") from None
        if not any(same(v, w) for w in successors):
            raise WrongAnswer(f"{call} returned {show(got)}, which uses {u!r} -> {v!r}, not an edge of the graph{suffix}")
    if len(got) != want + 1:
        raise WrongAnswer(
            f"{call} returned {show(got)} ({len(got) - 1} edges), expected a shortest path: {want} edges{suffix}"
        )


def check_order(graph, got, call, note=None):
    suffix = f": {note}" if note else ""
    nodes = nodes_of(graph)
    if type(got) is not list:
        raise WrongAnswer(f"{call} returned {show(got)}, expected a list of the {len(nodes)} nodes{suffix}")
    position = {}
    for i, node in enumerate(got):
        try:
            hash(node)
        except TypeError:
            raise WrongAnswer(f"{call} returned {show(got)}, which holds {show(node)}, not a node of the graph{suffix}") from None
        if node in position:
            raise WrongAnswer(f"{call} returned {show(got)}, which lists {node!r} twice: every node once{suffix}")
        position[node] = i
    missing = [v for v in nodes if v not in position]
    if missing:
        only = " (it appears only as a successor, and is a node too)" if missing[0] not in graph else ""
        raise WrongAnswer(f"{call} returned {show(got)}, which leaves out {missing[0]!r}{only}{suffix}")
    known = set(nodes)
    extra = [v for v in got if v not in known]
    if extra:
        raise WrongAnswer(f"{call} returned {show(got)}, which lists {extra[0]!r}, not a node of the graph{suffix}")
    for u, successors in graph.items():
        for v in successors:
            if position[u] >= position[v]:
                raise WrongAnswer(f"{call} returned {show(got)}, which puts {v!r} before {u!r} despite the edge {u!r} -> {v!r}{suffix}")
