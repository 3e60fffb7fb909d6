def test_get_and_put_are_constant_time(engine):
    engine.check_time(
        "get_put",
        sizes=(1_000, 64_000),
        what="get() and put()",
        size_name="capacity",
        bound="O(1) per operation",
        counts=("hash", "eq"),
    )
