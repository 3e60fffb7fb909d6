def test_constant_extra_space(engine):
    engine.check_space(
        "small_window",
        sizes=(5_000, 160_000),
        what="max_sum_k_consecutive(arr, 16)",
        size_name="n",
        bound="O(1) extra space: keep one running window sum and the best so far, "
        "no prefix-sum array, no list of window sums, no copy or slice of the array",
    )
