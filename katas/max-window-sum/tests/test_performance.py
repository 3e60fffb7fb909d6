def test_linear_time_even_when_k_grows_with_n(engine):
    engine.check_time(
        "half_window",
        sizes=(4_000, 256_000),
        what="max_sum_k_consecutive(arr, k) with n // 4 <= k <= n // 2",
        size_name="n",
        bound="O(n) time: slide the window (add the item entering, subtract the item leaving), "
        "do not sum each window again",
    )
