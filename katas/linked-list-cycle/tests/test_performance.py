from judge.testing import not_in_variant, variant

LEETCODE = variant()  # linked-list-cycle (141) asks only has_cycle, linked-list-cycle-ii (142) only cycle_start


def test_has_cycle_is_linear(engine):
    if LEETCODE == "linked-list-cycle-ii":
        not_in_variant("LeetCode 142 asks only detectCycle, timed as cycle_start")
    engine.check_time(
        "has_cycle_leetcode" if LEETCODE == "linked-list-cycle" else "has_cycle",  # 141 may change the list
        sizes=(2_000, 64_000),
        what="has_cycle() on a list whose tail links back to its middle half, or to nothing",
        size_name="n (nodes)",
        steps=4,
        bound="O(n) time: the time per call may grow about as fast as the list, not faster",
    )


def test_cycle_start_is_linear(engine):
    if LEETCODE == "linked-list-cycle":
        not_in_variant("LeetCode 141 asks only hasCycle")
    engine.check_time(
        "cycle_start",
        sizes=(2_000, 64_000),
        what="cycle_start() on a list whose tail links back to its middle half, or to nothing",
        size_name="n (nodes)",
        steps=4,
        bound="O(n) time: the time per call may grow about as fast as the list, not faster",
    )
