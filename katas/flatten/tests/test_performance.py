BOUND = "O(total number of lists and items): the time per call may grow about as fast as the input, not faster"


def test_wide_input_is_linear(engine):
    # up to 1,024,000 items while the reference stays cheap: list.pop(0) is a C-speed memmove,
    # whose quadratic total stood within 45% of the line at 256,000
    engine.check_time("wide", sizes=(4_000, 256_000), max_size=1_024_000,
                      what="flatten() on long lists of items and short sublists", size_name="items", bound=BOUND)


def test_deep_input_is_linear(engine):
    engine.check_time("deep", sizes=(2_000, 128_000), what="flatten() on a list nested items/8 levels deep, items on every level",
                      size_name="items", bound=BOUND)
