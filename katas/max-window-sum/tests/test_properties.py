"""max_sum_k_consecutive against summing every window on its own."""

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import call_unchanged, expect, expect_raises, submission


def every_window(arr, k):
    return max(sum(arr[i:i + k]) for i in range(len(arr) - k + 1))


@given(data=st.data(), arr=st.lists(st.integers(min_value=-20, max_value=20), min_size=1, max_size=14))
def test_matches_summing_every_window(data, arr):
    k = data.draw(st.integers(min_value=1, max_value=len(arr)), label="k")
    got = call_unchanged(submission().max_sum_k_consecutive, arr, k)
    windows = len(arr) - k + 1
    expect(got, every_window(arr, k), note=f"the largest sum of {k} consecutive item{'s' if k > 1 else ''}, "
           f"over {windows} window{'s' if windows > 1 else ''}")


@given(data=st.data(), arr=st.lists(st.integers(min_value=-10**12, max_value=10**12), max_size=10))
def test_k_out_of_range_raises(data, arr):
    k = data.draw(st.one_of(st.integers(min_value=-3, max_value=0), st.integers(min_value=len(arr) + 1, max_value=len(arr) + 3)), label="k")
    expect_raises("ValueError", submission().max_sum_k_consecutive, arr, k, note=f"1 <= k <= len(arr) = {len(arr)} is required")


def test_large_arrays_match_the_reference(engine):
    """The measured inputs, checked before measuring: a fast path that is wrong only on large
    arrays is a wrong answer, not a time to compare."""
    engine.check_answers("half_window", 4_000, what="max_sum_k_consecutive(arr, k) with n // 4 <= k <= n // 2")
    engine.check_answers("small_window", 64_000, what="max_sum_k_consecutive(arr, k) with 8 <= k <= 32")
