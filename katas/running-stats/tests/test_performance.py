def test_one_pass_is_linear(engine):
    engine.check_time(
        "stream",
        sizes=(2_000, 128_000),
        what="running_stats() on a generator of n distinct floats around 1e9",
        size_name="n",
        bound="O(n) time, one pass: a constant amount of work per value, never going back over the values seen",
    )
