"""Runtime error: a recursive depth-first search, which passes the recursion limit on a 200,000-deep chain."""

from collections import deque


def shortest_path(graph, start, goal):
    if start == goal:
        return [start]
    parent = {start: start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in graph.get(node, []):
            if nxt not in parent:
                parent[nxt] = node
                if nxt == goal:
                    path = [nxt]
                    while path[-1] != start:
                        path.append(parent[path[-1]])
                    return path[::-1]
                queue.append(nxt)
    return None


def topological_order(graph):
    state = {}
    order = []

    def visit(node):
        if state.get(node) == "done":
            return
        if state.get(node) == "active":
            raise ValueError(f"cycle through {node!r}")
        state[node] = "active"
        for nxt in graph.get(node, []):
            visit(nxt)
        state[node] = "done"
        order.append(node)

    for node in list(graph):
        visit(node)
    return order[::-1]
