def test_constant_memory_on_a_stream(engine):
    engine.check_space(
        "stream",
        sizes=(2_000, 128_000),
        what="running_stats()",
        size_name="n",
        bound="O(1) memory: read the generator once and keep only a few numbers, never a list of the values",
    )
