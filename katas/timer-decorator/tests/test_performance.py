def test_overhead_per_call_is_constant(engine):
    engine.check_time(
        "calls",
        sizes=(1_000, 32_000),
        what="n calls of one function decorated with timer, one in ten raising",
        size_name="n (calls)",
        bound="O(1) overhead per call: keep nothing that grows with the number of calls (a running total, not a list summed again)",
        per=lambda n: n,
        steps=4,
    )
