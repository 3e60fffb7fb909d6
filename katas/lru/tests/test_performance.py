def test_get_and_put_are_constant_time(engine):
    engine.check_time(
        "get_put",
        sizes=(1_000, 32_000),
        what="get(), put() of a new key and put() of a held key",
        size_name="capacity",
        bound="O(1) per operation",
        counts=("hash", "eq"),
        per=lambda n: 4 * n,  # n puts to fill the cache, then n rounds of put, get and update; up to 32,000 the working set still fits the CPU caches on both sides
    )
