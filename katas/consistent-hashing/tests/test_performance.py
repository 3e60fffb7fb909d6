"""node_for is measured against the number of virtual points N = nodes · replicas, on two rings
per run (N/8 nodes of 8 replicas, and 4 nodes of N/4 replicas), 2N lookups on each: a lookup
that scans the points, or the nodes, or sorts per call, grows with N; a binary search does not.
The ring is built by the constructor inside the measurement; one bisect.insort per point costs
a memmove that stays small next to the lookups at these sizes (an accepted submission proves it)."""


def test_node_for_is_a_binary_search(engine):
    engine.check_time(
        "node_for",
        sizes=(512, 16_384),
        what="HashRing(nodes, replicas), then node_for() on random keys",
        size_name="points (nodes · replicas)",
        bound="O(log(nodes · replicas)) per node_for: a binary search over the points, never a scan",
        per=lambda n: 4 * n,
    )
