"""Each stated bound on its own: get() against the number of entries, put() against the
capacity, with the dimension fixed at 16."""


def test_get_is_one_pass_over_the_entries(engine):
    engine.check_time(
        "get",
        sizes=(256, 8_192),
        what="get() on a cache of n entries of dimension 16 (half hits, half misses)",
        size_name="entries",
        bound="O(n · d) per get: one pass over the entries, from the most recently used, keeping the first best",
        per=lambda n: 8,
    )


def test_put_is_constant_time_in_the_capacity(engine):
    engine.check_time(
        "put",
        sizes=(512, 16_384),
        what="put() into a full cache of capacity n (each put evicts), dimension 16",
        size_name="capacity",
        bound="O(d) per put plus O(1) eviction: keep the entries in use order (an OrderedDict, or a dict and a "
        "doubly linked list), never scan them for the least recently used",
        per=lambda n: n + n // 2,
    )
