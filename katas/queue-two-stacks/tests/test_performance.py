def test_operations_are_amortized_constant(engine):
    engine.check_time(
        "mixed",
        sizes=(4_000, 256_000),
        what="enqueue(), dequeue() and peek() in a random mix",
        size_name="queue length",
        bound="enqueue O(1), dequeue and peek amortized O(1): move each item from one stack to the other at most once",
        per=lambda n: 2 * n,  # n enqueues to fill the queue, then n mixed operations
    )
