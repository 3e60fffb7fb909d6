def test_has_cycle_is_linear(engine):
    engine.check_time(
        "has_cycle",
        sizes=(250, 8_000),
        what="has_cycle()",
        size_name="n (nodes)",
        bound="O(n) time: the time per call may grow about as fast as the list, not faster",
    )


def test_cycle_start_is_linear(engine):
    engine.check_time(
        "cycle_start",
        sizes=(250, 8_000),
        what="cycle_start()",
        size_name="n (nodes)",
        bound="O(n) time: the time per call may grow about as fast as the list, not faster",
    )
