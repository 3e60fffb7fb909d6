def test_memory_per_call_is_constant(engine):
    # The kernel's peak for the whole process, in a fresh process per measurement. At 262,144
    # calls the inputs take about 10 MB; a wrapper that keeps every call's time in a list holds
    # 262,144 floats, about 8 MB, where the reference keeps nothing between calls.
    engine.check_space(
        "space",
        sizes=(8_192, 262_144),
        what="n calls of one function decorated with timer, one in ten raising",
        size_name="n (calls)",
        bound="O(1) memory per call: keep nothing that grows with the number of calls (no list of timings)",
    )
