def test_first_bad_uses_constant_extra_space(engine):
    # The versions are never built: a list of a million versions is about 36 MiB (8 bytes a slot,
    # 28 an int), where a search over lo and hi holds a few ints.
    engine.check_space(
        "space",
        sizes=(15_625, 1_000_000),
        steps=2,
        what="first_bad(n, is_bad)",
        size_name="n (versions)",
        bound="O(1) extra space: keep the range of candidates as two ints, never a list of the versions",
    )
