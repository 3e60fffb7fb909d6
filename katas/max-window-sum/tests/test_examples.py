from judge.testing import call_unchanged, expect, expect_raises


def best(solution, arr, k):
    """Call with a check that arr is left as it was."""
    return call_unchanged(solution.max_sum_k_consecutive, arr, k)


def test_statement_examples(solution):
    expect(best(solution, [1, 4, 2, 10, 23, 3, 1, 0, 20], 4), 39, note="the window 4 + 2 + 10 + 23")
    expect(best(solution, [2, 1, 5, 1, 3, 2], 3), 9, note="the window 5 + 1 + 3")
    expect(best(solution, [5, -10, 1, 1], 2), 2, note="the window 1 + 1, the last one")


def test_best_window_is_the_last_one(solution):
    expect(best(solution, [1, 2, 3, 10], 2), 13, note="the last window 3 + 10 counts too")
    expect(best(solution, [0, 0, 0, 0, 7], 1), 7, note="the last window [7] counts too")
    expect(best(solution, [1, 1, 1, 5, 5], 2), 10, note="the last window 5 + 5 counts too")


def test_best_window_in_the_middle(solution):
    expect(best(solution, [9, -20, 4, 6, -20, 9], 2), 10, note="the window 4 + 6 in the middle")
    expect(best(solution, [3, -1, -1, 4, 4, -9, 3], 3), 7, note="the window -1 + 4 + 4, which starts at index 2")


def test_all_negative_values(solution):
    expect(best(solution, [-5, -2, -8, -1], 2), -7, note="every window is negative; the best is -5 + -2")
    expect(best(solution, [-5, -2, -8, -1], 1), -1)
    expect(best(solution, [-3, -3, -3], 3), -9, note="the only window is the whole array")


def test_k_equal_to_the_length(solution):
    expect(best(solution, [4, -1, 2], 3), 5, note="the only window is the whole array")
    expect(best(solution, [7], 1), 7)


def test_k_of_one_is_the_largest_item(solution):
    expect(best(solution, [3, 8, -2, 8, 1], 1), 8)


def test_zero_and_large_values(solution):
    expect(best(solution, [0, 0, 0], 2), 0)
    big = 10**18
    expect(best(solution, [big, big, -big, big], 2), 2 * big, note="Python ints do not overflow")


def test_k_out_of_range_is_a_value_error(solution):
    f = solution.max_sum_k_consecutive
    expect_raises("ValueError", f, [1, 2, 3], 0, note="k = 0 is not a window size; 1 <= k <= len(arr)")
    expect_raises("ValueError", f, [1, 2, 3], -1, note="k must be at least 1")
    expect_raises("ValueError", f, [1, 2, 3], 4, note="there is no window of 4 in 3 items")
    expect_raises("ValueError", f, [5], 2, note="there is no window of 2 in 1 item")
    expect_raises("ValueError", f, [], 1, note="an empty array has no window")
    expect_raises("ValueError", f, [], 0, note="an empty array has no window")


def test_input_is_not_changed(solution):
    best(solution, [3, 1, 4, 1, 5, 9, 2, 6], 3)
    best(solution, [-1, -2, -3], 2)
