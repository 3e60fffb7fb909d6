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


def answers(n: int) -> list:
    """Both ends, their neighbours, the middle, and none bad."""
    return sorted(v for v in {0, 1, n // 2 - 1, n // 2, n - 2, n - 1} if 0 <= v < n) + [None]


def test_2_to_the_62_minus_1_versions_leave_no_slack(first_bad):
    n = 2**62 - 1
    for first in answers(n):
        first_bad(n, first, counted_by=counted)


def test_2_to_the_62_versions_take_63_calls(first_bad):
    n = 2**62
    for first in answers(n):
        first_bad(n, first, counted_by=counted)


def test_10_to_the_18_plus_7_versions(first_bad):
    n = 10**18 + 7
    for first in [*answers(n), 123_456_789_012_345_678]:
        first_bad(n, first, counted_by=counted)


def test_a_million_versions(first_bad):
    n = 1_000_000
    for first in [*answers(n), 524_287, 524_288, 737_421]:
        first_bad(n, first, counted_by=counted)


def test_every_power_of_two_and_one_less(first_bad):
    for k in range(0, 63):
        for n in (2**k - 1, 2**k):
            for first in answers(n):
                first_bad(n, first, counted_by=counted)
