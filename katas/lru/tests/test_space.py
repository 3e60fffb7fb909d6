from judge.testing import variant

LEETCODE = variant()  # "lru-cache": LeetCode 146 states no space bound; this group is advice there


def test_memory_follows_the_capacity_not_the_operations(engine):
    # The kernel's peak for the whole process, in a fresh process per measurement. At 262,144
    # operations on a cache of capacity 1,024 the inputs take about 9 MB; a cache that keeps a
    # record of every get and put (a lazy-deletion log never compacted) holds 262,144 of them,
    # about 25 MB, where the reference holds its 1,024 nodes.
    engine.check_space(
        "space_leetcode" if LEETCODE else "space",  # LeetCode's: values 0..10^5 and no len()
        sizes=(8_192, 262_144),
        what="get() and put() on a cache of capacity 1,024",
        size_name="operations",
        bound="O(capacity) memory, whatever the number of operations: let go of what a key no longer needs",
    )
