"""Too slow: topological_order scans every node again to find the next one with no remaining incoming edge (O(V²))."""

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
    done = set()
    order = []
    while len(order) < len(indegree):
        source = None
        for node in indegree:
            if node not in done and indegree[node] == 0:
                source = node
                break
        if source is None:
            raise ValueError("cycle")
        done.add(source)
        order.append(source)
        for nxt in graph.get(source, []):
            indegree[nxt] -= 1
    return order
