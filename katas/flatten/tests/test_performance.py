BOUND = "O(total number of lists and items): the time per call may grow about as fast as the input, not faster"


def test_long_input_is_linear(engine):
    engine.check_time("wide", sizes=(1_000, 64_000), what="flatten()", size_name="items", bound=BOUND)


def test_deep_input_is_linear(engine):
    engine.check_time("deep", sizes=(1_000, 64_000), what="flatten()", size_name="nesting depth", bound=BOUND)
