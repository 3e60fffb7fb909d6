def test_find_pairs_uses_linear_space(engine):
    # The kernel's peak for the whole process, in a fresh process per measurement. At
    # n = 65,536 values (about 1,600 distinct, each about 40 times, every one a 1,000-bit int of
    # its own) the input takes about 11 MB. O(n) space allows memory that grows as the inputs
    # do, up to two copies of them (copy_allowed): a count or a list of positions per value, or
    # a forked worker's copy of the inputs; every pair of indices of each value pair (40 × 40
    # per pair, growing with the repeats) outgrows the inputs.
    engine.check_space(
        "space",
        sizes=(2_048, 65_536),
        what="find_pairs() on values that each occur many times (more as n grows)",
        size_name="n",
        bound="O(n) space: a count or a set per distinct value, never every pair of indices",
        copy_allowed=True,
    )
