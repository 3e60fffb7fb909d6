"""Wrong: Kahn's algorithm without the final count, so a graph with a cycle gets a partial order instead of ValueError."""

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
        for nxt in graph.get(node, []):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return order
