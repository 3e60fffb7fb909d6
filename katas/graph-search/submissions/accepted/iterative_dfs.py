"""Also accepted: BFS over a plain list read with a moving head index (no pop(0)), and a
depth-first topological order with an explicit stack and three colours (grey = on the
current path, so reaching a grey node means a cycle), output in reverse post-order."""

WHITE, GREY, BLACK = 0, 1, 2


def shortest_path(graph, start, goal):
    if start == goal:
        return [start]
    parent = {start: None}
    frontier = [start]
    head = 0
    while head < len(frontier):
        node = frontier[head]
        head += 1
        for nxt in graph.get(node, []):
            if nxt not in parent:
                parent[nxt] = node
                if nxt == goal:
                    path = [goal]
                    while path[-1] != start:
                        path.append(parent[path[-1]])
                    return path[::-1]
                frontier.append(nxt)
    return None


def topological_order(graph):
    nodes = list(graph)
    for successors in graph.values():
        nodes.extend(successors)
    colour = {}
    postorder = []
    for root in nodes:
        if colour.get(root, WHITE) != WHITE:
            continue
        colour[root] = GREY
        stack = [(root, iter(graph.get(root, [])))]
        while stack:
            node, successors = stack[-1]
            for nxt in successors:
                state = colour.get(nxt, WHITE)
                if state == GREY:
                    raise ValueError(f"cycle through {nxt!r}")
                if state == WHITE:
                    colour[nxt] = GREY
                    stack.append((nxt, iter(graph.get(nxt, []))))
                    break
            else:
                stack.pop()
                colour[node] = BLACK
                postorder.append(node)
    postorder.reverse()
    return postorder
