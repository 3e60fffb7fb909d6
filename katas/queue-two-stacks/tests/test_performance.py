def test_operations_are_amortized_constant(engine):
    engine.check_time(
        "steady_queue",
        sizes=(1_000, 64_000),
        what="enqueue(), peek() and dequeue()",
        size_name="queue length",
        bound="enqueue O(1), dequeue and peek amortized O(1): move each item from one stack to the other at most once",
    )
