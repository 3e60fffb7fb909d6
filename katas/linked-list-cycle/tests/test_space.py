from judge.testing import variant

# LeetCode 141 (linked-list-cycle) asks only has_cycle, LeetCode 142 (linked-list-cycle-ii) only cycle_start
WORKLOAD, WHAT = {None: ("space", "has_cycle() and cycle_start()"),
                  "linked-list-cycle": ("space_has_cycle_leetcode", "has_cycle()"),  # 141 may change the list
                  "linked-list-cycle-ii": ("space_cycle_start", "cycle_start()")}[variant()]


def test_constant_extra_space(engine):
    engine.check_space(
        WORKLOAD,
        sizes=(6_250, 200_000),
        what=WHAT,
        size_name="n (nodes)",
        steps=3,
        bound="O(1) extra space: two pointers, no set or list of visited nodes",
    )
