"""LeetCode 142 (linked-list-cycle-ii) as the linked-list-cycle kata's hidden tests call it.
`learner` is the learner's file, loaded as LeetCode loads it; this module is the kata's, in the
solution process, and decides nothing: the judge checks every answer it returns.

LeetCode 142's detectCycle is the kata's cycle_start: the node where the cycle begins, or None.
has_cycle is derived from it (the tests judging this variant check only cycle_start)."""


def cycle_start(head):
    return learner.Solution().detectCycle(head)  # noqa: F821 (given by the harness)


def has_cycle(head):
    return cycle_start(head) is not None
