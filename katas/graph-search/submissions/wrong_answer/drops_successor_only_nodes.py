"""Wrong: counts incoming edges only for the dict's keys and skips other successors, so nodes that only appear as successors are left out."""

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
    indegree = {node: 0 for node in graph}
    for successors in graph.values():
        for nxt in successors:
            if nxt in indegree:
                indegree[nxt] += 1
    ready = deque(node for node, d in indegree.items() if d == 0)
    order = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt in indegree:
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    ready.append(nxt)
    if len(order) < len(indegree):
        raise ValueError("cycle")
    return order
