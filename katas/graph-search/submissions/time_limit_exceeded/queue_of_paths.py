"""Too slow: the queue holds whole paths (each a copy of its parent's path plus one node) and is a list emptied with pop(0)."""


def shortest_path(graph, start, goal):
    if start == goal:
        return [start]
    visited = {start}
    queue = [[start]]
    while queue:
        path = queue.pop(0)
        for nxt in graph.get(path[-1], []):
            if nxt in visited:
                continue
            visited.add(nxt)
            if nxt == goal:
                return path + [nxt]
            queue.append(path + [nxt])
    return None


def topological_order(graph):
    indegree = {}
    for node, successors in graph.items():
        indegree.setdefault(node, 0)
        for nxt in successors:
            indegree[nxt] = indegree.get(nxt, 0) + 1
    ready = [node for node, d in indegree.items() if d == 0]
    order = []
    while ready:
        node = ready.pop()
        order.append(node)
        for nxt in graph.get(node, []):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    if len(order) < len(indegree):
        raise ValueError("cycle")
    return order
