def test_find_pairs_is_linear(engine):
    engine.check_time(
        "find_pairs",
        sizes=(500, 32_000),
        what="find_pairs()",
        size_name="n",
        bound="O(n) expected time: the time per call may grow about as fast as n, not faster",
    )
