"""Graph search: BFS shortest path and DFS topological order. Run `kata show graph-search` for the full statement."""


def shortest_path(graph: dict, start, goal) -> list | None:
    """A path with the fewest edges from start to goal, both included; [start] if they are equal; None if unreachable."""
    raise NotImplementedError


def topological_order(graph: dict) -> list:
    """Every node once, u before v for each edge u -> v; raise ValueError if the graph has a cycle."""
    raise NotImplementedError
