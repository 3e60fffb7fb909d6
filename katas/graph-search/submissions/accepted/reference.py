"""Reference: breadth-first search with a deque and parent links for the shortest path;
Kahn's algorithm (repeatedly take a node with no remaining incoming edge) for the
topological order, which also finds cycles: their nodes never run out of incoming edges."""

from collections import deque


def _successors(graph, node):
    return graph.get(node, ())


def shortest_path(graph, start, goal):
    if start == goal:
        return [start]
    parent = {start: start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in _successors(graph, node):
            if nxt in parent:
                continue
            parent[nxt] = node
            if nxt == goal:
                path = [nxt]
                while path[-1] != start:
                    path.append(parent[path[-1]])
                path.reverse()
                return path
            queue.append(nxt)
    return None


def topological_order(graph):
    indegree = {}
    for node, successors in graph.items():
        indegree.setdefault(node, 0)
        for nxt in successors:
            indegree[nxt] = indegree.get(nxt, 0) + 1
    ready = deque(node for node, d in indegree.items() if d == 0)
    order = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for nxt in _successors(graph, node):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    if len(order) < len(indegree):
        raise ValueError("the graph has a cycle")
    return order
