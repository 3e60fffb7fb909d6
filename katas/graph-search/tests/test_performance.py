def test_shortest_path_on_a_wide_graph(engine):
    engine.check_time(
        "shortest_path_wide",
        sizes=(1_000, 200_000),
        what="shortest_path() from a node with 7n/8 successors, where the goal is one step past one of them",
        size_name="n (nodes)",
        steps=4,
        bound="O(V + E): a queue with O(1) removal at the front (collections.deque), not list.pop(0)",
    )


def test_shortest_path_on_a_deep_graph(engine):
    engine.check_time(
        "shortest_path_deep",
        sizes=(3_125, 100_000),
        what="shortest_path() through a row of n/4 diamonds (a path of n/2 edges)",
        size_name="n (nodes)",
        steps=4,
        bound="O(V + E): queue nodes and keep parent links, not a copy of the whole path per node",
    )


def test_topological_order_is_linear(engine):
    engine.check_time(
        "topological_order",
        sizes=(1_563, 50_000),
        what="topological_order() on a graph with a node of 3n/4 successors, a chain of n/4 nodes and n/4 random edges",
        size_name="n (nodes)",
        steps=4,
        bound="O(V + E): count incoming edges once, keep ready nodes in a queue or stack",
    )
