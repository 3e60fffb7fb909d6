"""LeetCode 141 (linked-list-cycle) as the linked-list-cycle kata's hidden tests call it. `learner`
is the learner's file, loaded as LeetCode loads it; this module is the kata's, in the solution
process, and decides nothing: the judge checks every answer it returns.

LeetCode 141 asks only whether there is a cycle: hasCycle is the kata's has_cycle. It has no
cycle_start (that is LeetCode 142's detectCycle), and the tests leave it out for this variant."""


def has_cycle(head):
    return learner.Solution().hasCycle(head)  # noqa: F821 (given by the harness)


def cycle_start(head):
    raise NotImplementedError("LeetCode 141 asks only hasCycle; where the cycle starts is LeetCode 142 (linked-list-cycle-ii)")
