def test_constant_extra_space(engine):
    # The kernel's peak for the whole process, in a fresh process per measurement. At 2,048,000
    # values the array takes about 75 MB, so a slice of it (16 MB of references) or a list of
    # sums (75 MB of new ints) is many megabytes above the reference's few pages. At 512,000 a
    # slice was only 4 MB, four times the kernel's 1 MB of counting noise, and its growth stood
    # within 15% of the line: a tail slice was accepted once in CI.
    engine.check_space(
        "small_window",
        sizes=(16_000, 2_048_000),
        what="max_sum_k_consecutive(arr, k) with 8 <= k <= 32",
        size_name="n",
        bound="O(1) extra space: keep one running window sum and the best so far, "
        "no prefix-sum array, no list of window sums, no copy or slice of the array",
    )
