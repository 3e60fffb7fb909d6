def test_shortest_path_on_a_wide_graph(engine):
    engine.check_time(
        "shortest_path_wide",
        sizes=(3_125, 100_000),
        what="shortest_path() on a graph where one node has n-1 successors",
        size_name="n (nodes)",
        bound="O(V + E): a queue with O(1) removal at the front (collections.deque), not list.pop(0)",
    )


def test_shortest_path_on_a_deep_graph(engine):
    engine.check_time(
        "shortest_path_deep",
        sizes=(3_125, 100_000),
        what="shortest_path() along a chain of n nodes",
        size_name="n (nodes)",
        bound="O(V + E): queue nodes and keep parent links, not a copy of the whole path per node",
    )


def test_topological_order_is_linear(engine):
    engine.check_time(
        "topological_order",
        sizes=(3_125, 100_000),
        what="topological_order() on a graph with a node of 3n/4 successors and a chain of n/4 nodes",
        size_name="n (nodes)",
        bound="O(V + E): count incoming edges once, keep ready nodes in a queue or stack",
    )
