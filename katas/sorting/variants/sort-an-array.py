"""LeetCode 912 (sort-an-array) as the sorting kata's hidden tests call it. `learner` is the
learner's file, loaded as LeetCode loads it; this module is the kata's, in the solution
process, and decides nothing: the judge checks every answer it returns.

LeetCode's sortArray may sort nums in place and return it; the kata's sorts leave their input
as it was, so both hand sortArray a copy. Stability is not LeetCode's question, so quicksort
and merge_sort are the same call."""


def quicksort(arr):
    return learner.Solution().sortArray(list(arr))  # noqa: F821 (given by the harness)


def merge_sort(arr):
    return learner.Solution().sortArray(list(arr))  # noqa: F821 (given by the harness)
