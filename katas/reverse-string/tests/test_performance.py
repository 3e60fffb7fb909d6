def test_reverse_is_linear(engine):
    # Up to 32,000 code points: a Python loop's working set (a list of n references) still fits
    # the CPU cache there, so a linear loop grows linearly; quadratic copying is obvious long before.
    engine.check_time(
        "reverse",
        sizes=(1_000, 32_000),
        what="reverse_string()",
        size_name="code points",
        bound="O(n) time: the time per call may grow about as fast as the length, not faster",
    )
