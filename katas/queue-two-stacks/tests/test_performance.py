from judge.testing import variant

# "implement-queue-using-stacks": LeetCode 232's items 1..9, never a pop or peek on an empty
# queue, no len(); its follow-up asks for amortized O(1), which only shows on long queues
LEETCODE = variant()


def test_operations_are_amortized_constant(engine):
    engine.check_time(
        "mixed_leetcode" if LEETCODE else "mixed",
        sizes=(4_000, 256_000),
        what="enqueue(), dequeue() and peek() in a random mix",
        size_name="queue length",
        bound=("push O(1), pop and peek amortized O(1), as LeetCode 232's follow-up asks" if LEETCODE else "enqueue O(1), dequeue and peek amortized O(1)")
        + ": move each item from one stack to the other at most once",
        per=lambda n: 2 * n,  # n enqueues to fill the queue, then n mixed operations
    )
