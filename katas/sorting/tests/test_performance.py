"""Comparisons are counted (every <, <=, > and >= on the judge's values), so a quadratic
sort is found exactly, whatever the machine's load; time is compared as well.

Judged as LeetCode 912 (sort-an-array), the values are plain ints in [-50,000, 50,000], since
a LeetCode answer may index with them (a counting sort) or do arithmetic on them: nothing is
counted, and time alone is compared with the reference's, from 1,000 to 64,000 ints."""

from judge.testing import variant

BOUND = "O(n log n) expected comparisons on every input shape"
LEETCODE = variant()
LEETCODE_BOUND = "O(n log n) time on every input shape"


def check(engine, workload, shape):
    if LEETCODE:
        engine.check_time(
            "leetcode_" + workload.removeprefix("quicksort_"),
            sizes=(1_000, 64_000),
            what=f"quicksort() of {shape}",
            size_name="n",
            bound=LEETCODE_BOUND + " (a random pivot, and the items equal to it kept together; or a merge sort, "
                                   "a heap sort, a counting sort over the range)",
        )
        return
    engine.check_time(
        workload,
        sizes=(128, 4_096),
        what=f"quicksort() of {shape}",
        size_name="n",
        bound=BOUND + " (pick the pivot at random, and keep the items equal to it together)",
        counts=("lt",),
    )


def test_quicksort_on_sorted_input(engine):
    check(engine, "quicksort_sorted", "an already sorted list")


def test_quicksort_on_reversed_input(engine):
    check(engine, "quicksort_reversed", "a list in descending order")


def test_quicksort_on_all_equal_input(engine):
    check(engine, "quicksort_all_equal", "a list of n equal items")


def test_quicksort_on_few_distinct_values(engine):
    check(engine, "quicksort_few_distinct", "a list of only 4 distinct values")


def test_quicksort_on_the_median_of_three_killer(engine):
    check(engine, "quicksort_median_of_three_killer",
          "Musser's median-of-3 killer (a deterministic pivot has an input that makes it quadratic)")


def test_merge_sort(engine):
    if LEETCODE:
        engine.check_time(
            "leetcode_random",
            sizes=(1_000, 64_000),
            what="merge_sort() of sorted, reversed and random lists",
            size_name="n",
            bound=LEETCODE_BOUND,
        )
        return
    engine.check_time(
        "merge_sort",
        sizes=(128, 4_096),
        what="merge_sort() of sorted, reversed and random lists",
        size_name="n",
        bound="O(n log n) comparisons",
        counts=("lt",),
    )
