def test_deep_copy_is_linear(engine):
    engine.check_time(
        "deep_copy",
        sizes=(500, 16_000),
        what="deep_copy() of a value of n lists, dicts, tuples and sets, many of them shared and some in cycles",
        size_name="n (containers)",
        bound="O(number of containers and items): find a copy already made in O(1), in a dict keyed by id() "
              "of the original, not by searching a list",
    )
