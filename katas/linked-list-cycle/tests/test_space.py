def test_constant_extra_space(engine):
    engine.check_space(
        "space",
        sizes=(6_250, 200_000),
        what="has_cycle() and cycle_start()",
        size_name="n (nodes)",
        steps=3,
        bound="O(1) extra space: two pointers, no set or list of visited nodes",
    )
