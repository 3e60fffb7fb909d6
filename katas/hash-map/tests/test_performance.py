"""Every public operation is measured: put() of new keys (growing from empty), put() of held
keys (updates), get() of held and absent keys, remove() and `in`. Keys that count their
hash() and == calls find a map that walks a list of its keys; plain int keys at large sizes
find a table that stops growing even when its scans are fast C loops."""

from judge.testing import variant

# "design-hashmap": LeetCode 706's keys are ints in [0, 10**6], which its answers may index a list
# with or reduce with %: no keys that count their hash() and ==, so both tests are timed, on
# LeetCode's calls (put, get, remove of held keys), against the reference in the same run.
LEETCODE = variant()

WHAT = "put() of new keys, put() of held keys, get(), remove() and in"
BOUND = "O(1) average per operation: grow the table (double it) as keys arrive, so buckets stay short"


def test_constant_average_time_per_operation(engine):
    if LEETCODE:
        engine.check_time(
            "leetcode_operations",
            sizes=(1_000, 32_000),
            what="put() of new keys, put() of held keys, get() and remove()",
            size_name="keys",
            bound=BOUND,
            per=lambda n: n + n // 2 + n // 2 + 2 * (n // 4),
        )
        return
    engine.check_time(
        "operations",
        sizes=(1_000, 32_000),
        what=WHAT,
        size_name="keys",
        bound=BOUND,
        counts=("hash", "eq"),
        per=lambda n: n + n // 2 + n // 2 + 2 * (n // 4),
    )


def test_a_large_table_keeps_growing(engine):
    if LEETCODE:
        engine.check_time(
            "leetcode_int_keys",
            sizes=(2_000, 256_000),
            what="put() of new keys, get() of absent keys, put() of held keys, remove() and get() of every key",
            size_name="keys",
            bound=BOUND,
            per=lambda n: 2 * n + n // 2 + 3 * (n // 4),
            tolerance=2.5,  # as below
        )
        return
    engine.check_time(
        "int_keys",
        sizes=(2_000, 256_000),
        what="put() of new keys, get() of absent keys, put() of held keys, remove() and in, with int keys",
        size_name="keys",
        bound=BOUND,
        per=lambda n: n + n // 2 + 3 * (n // 4),
        # A table that stops growing is flat until its buckets fill, so over these sizes it
        # shows a growth only about 4.6 times the reference's (512 buckets, scanned in C);
        # the three accepted submissions measured 0.7 to 1.2. A tighter tolerance than the
        # default 4 keeps the verdict away from that edge.
        tolerance=2.5,
    )
