def test_constant_memory_on_a_stream(engine):
    # The kernel's peak for the whole process, in a fresh process per measurement: at 512,000
    # values a list of them takes 16 MB, against the reference's few pages.
    engine.check_space(
        "stream_space",
        sizes=(16_000, 512_000),
        what="running_stats() on a generator",
        size_name="n",
        bound="O(1) memory: read the generator once and keep only a few numbers, never a list of the values",
    )
