from judge.testing import variant

LEETCODE = variant()  # "implement-queue-using-stacks": LeetCode 232 states no space bound; this group is advice there


def test_space_follows_the_items_held(engine):
    # The kernel's peak for the whole process, in a fresh process per measurement. At 800,000
    # items passed through, a queue that keeps every dequeued item holds about 32 MB of them
    # (an int and a reference each), where the reference holds 65 items.
    engine.check_space(
        "pass_through_leetcode" if LEETCODE else "pass_through",  # LeetCode's: items 1..9 and no len()
        sizes=(25_000, 800_000),
        what="enqueue(), dequeue() and peek() of n items through a queue that holds at most 65",
        size_name="n",
        bound="O(number of items held): let go of an item once it is dequeued",
    )
