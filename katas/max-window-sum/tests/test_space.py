def test_constant_extra_space(engine):
    # The kernel's peak for the whole process, in a fresh process per measurement. At 512,000
    # values the array takes about 18 MB, so a copy of it (4 MB of references) or a list of sums
    # (20 MB of new ints) is megabytes above the reference's few pages.
    engine.check_space(
        "small_window",
        sizes=(16_000, 512_000),
        what="max_sum_k_consecutive(arr, k) with 8 <= k <= 32",
        size_name="n",
        bound="O(1) extra space: keep one running window sum and the best so far, "
        "no prefix-sum array, no list of window sums, no copy or slice of the array",
    )
