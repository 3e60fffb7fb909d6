def test_constant_average_time_per_operation(engine):
    engine.check_time(
        "fill_and_query",
        sizes=(1_000, 32_000),
        steps=5,
        what="put(), get(), remove() and in",
        size_name="keys",
        bound="O(1) average per operation: grow the table (double it) as keys arrive, so buckets stay short",
        counts=("hash", "eq"),
    )
