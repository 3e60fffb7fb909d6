"""Too slow: breadth-first search keeps its queue in a list and takes from the front with pop(0), O(length of the queue) each time."""


def shortest_path(graph, start, goal):
    if start == goal:
        return [start]
    parent = {start: start}
    queue = [start]
    while queue:
        node = queue.pop(0)
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
    queue = [node for node, d in indegree.items() if d == 0]
    order = []
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph.get(node, []):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    if len(order) < len(indegree):
        raise ValueError("cycle")
    return order
