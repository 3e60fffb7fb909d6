def test_find_pairs_uses_linear_space(engine):
    # The kernel's peak for the whole process, in a fresh process per measurement. At
    # n = 65,536 values (4,096 distinct, each about 16 times, every one a 1,000-bit int of its
    # own) the input takes about 11 MB; a count or a list of positions per value stays well under
    # that, while every pair of indices of each value pair (16 × 16 per pair) is over 30 MB.
    engine.check_space(
        "space",
        sizes=(2_048, 65_536),
        what="find_pairs() on values that each occur about 16 times",
        size_name="n",
        bound="O(n) space: a count or a set per distinct value, never every pair of indices",
    )
