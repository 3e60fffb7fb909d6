def test_constant_extra_space(engine):
    engine.check_space(
        "space",
        sizes=(2_000, 64_000),
        what="has_cycle() and cycle_start()",
        size_name="n (nodes)",
        bound="O(1) extra space: two pointers, no set or list of visited nodes",
    )
