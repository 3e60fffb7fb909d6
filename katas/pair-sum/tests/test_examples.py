from judge.testing import call_unchanged, expect, expect_unordered


def test_statement_example(solution):
    expect_unordered(call_unchanged(solution.find_pairs, [1, 5, 7, -1, 5], 6), [(-1, 7), (1, 5)])


def test_a_value_pairs_with_itself_only_when_it_occurs_twice(solution):
    expect(solution.find_pairs([3, 3], 6), [(3, 3)])
    expect(solution.find_pairs([3], 6), [], note="one 3 sits at one index; a pair needs two different indices")
    expect_unordered(solution.find_pairs([3, 1, 5], 6), [(1, 5)], note="the single 3 cannot pair with itself")


def test_empty_input(solution):
    expect(solution.find_pairs([], 0), [])
    expect(solution.find_pairs([], 5), [])


def test_each_pair_once_despite_repeats(solution):
    expect(solution.find_pairs([2, 2, 2, 2], 4), [(2, 2)], note="each value pair appears once")
    expect_unordered(solution.find_pairs([1, 1, 1, 5, 5, 5], 6), [(1, 5)], note="each value pair appears once")


def test_smaller_value_first(solution):
    expect(solution.find_pairs([9, 1], 10), [(1, 9)], note="inside a pair the smaller value comes first")
    expect(solution.find_pairs([4, -4], 0), [(-4, 4)])


def test_negatives_and_zero(solution):
    expect_unordered(solution.find_pairs([0, 0, -3, 3, 7, -7, 1], 0), [(0, 0), (-3, 3), (-7, 7)])
    expect_unordered(solution.find_pairs([-5, -1, -4, 0], -5), [(-5, 0), (-4, -1)])


def test_no_pair(solution):
    expect(solution.find_pairs([1, 2, 3], 100), [])


def test_large_values(solution):
    big = 10**18
    expect(solution.find_pairs([big, -big, big + 1], 1), [(-big, big + 1)])


def test_input_is_not_changed(solution):
    call_unchanged(solution.find_pairs, [5, 1, 4, 2, 3, 3], 6)
