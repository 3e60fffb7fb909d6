# class: wrong-on-large
# why: on graphs of more than 2,000 nodes (larger than any correctness test but the 200,000-deep chain, where it is right) it follows the first successor greedily instead of searching; the measured graphs' answers (and the properties' check at a measured size) are compared with the reference's, so it is a wrong answer.
from collections import deque


def shortest_path(graph, start, goal):
    if len(graph) > 2_000:
        path, seen = [start], {start}
        while path[-1] != goal:
            options = [v for v in graph.get(path[-1], []) if v not in seen]
            if not options:
                return None
            seen.add(options[0])
            path.append(goal if goal in options else options[0])
        return path
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
    if len(order) < len(indegree):
        raise ValueError("cycle")
    return order
