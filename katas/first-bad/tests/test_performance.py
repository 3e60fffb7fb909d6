"""The bound itself: at most n.bit_length() calls of is_bad, counted by the judge (is_bad runs in
the judge's process, a Callback, so the count is the judge's own) at the largest sizes and on
the answers that need every call. Time is not measured: each call is a round trip between two
processes, and an honest search makes at most 63 of them.

The sizes that leave no slack come first: n = 2**k - 1 versions have 2**k candidate answers
(each version, or none) and k calls, so every call must halve the candidates exactly; and
n = 2**k needs k + 1 calls (n.bit_length(), computed in integers: 63 at 2**62)."""

from judge.testing import Callback


def counted(is_bad):
    """The is_bad the submission gets: every call runs, and is counted, here in the judge's process."""
    return Callback(is_bad, name="is_bad")


def answers(n: int, near_the_ends: bool = True) -> list:
    """Both ends (and their neighbours), the middle, and none bad."""
    chosen = {0, 1, n // 2, n - 1} | ({n // 2 - 1, n - 2} if near_the_ends else set())
    return sorted(v for v in chosen if 0 <= v < n) + [None]


def test_2_to_the_k_minus_1_versions_leave_no_slack(first_bad):
    # 2**k answers and k calls: every call must halve the candidates exactly (a float midpoint
    # is off by one above 2**53, and one uneven cut costs a call)
    for k in range(62, 0, -1):
        n = 2**k - 1
        for first in answers(n, near_the_ends=False):
            first_bad(n, first, counted_by=counted)


def test_2_to_the_k_versions_take_k_plus_1_calls(first_bad):
    # n.bit_length() computed in integers: 63 at 2**62 (in floats, log2(2**62 + 1) is 62.0)
    for k in range(62, -1, -1):
        n = 2**k
        for first in answers(n, near_the_ends=False):
            first_bad(n, first, counted_by=counted)


def test_large_sizes_at_both_ends_and_in_the_middle(first_bad):
    for n, more in ((2**62, []), (10**18 + 7, [123_456_789_012_345_678]), (1_000_000, [524_287, 524_288, 737_421])):
        for first in [*answers(n), *more]:
            first_bad(n, first, counted_by=counted)
