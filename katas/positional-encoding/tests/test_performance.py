"""O(num_positions · d_model): measured as growth with num_positions (d_model drawn between 56 and
72, whatever the size), against the reference in the same run."""


def repetitions(n):
    """support.repetitions: the tables one run makes at num_positions about n (the same formula)."""
    return max(1, round(32_768 / n))


def test_linear_in_the_number_of_positions(engine):
    engine.check_time(
        "tables",
        sizes=(512, 16_384),
        what="sinusoidal_positions(num_positions, d_model) with d_model from 56 to 72",
        size_name="num_positions",
        bound="O(num_positions · d_model): write each entry once; stacking rows one by one "
        "(numpy.vstack, numpy.append or numpy.concatenate in a loop) copies the whole table for every row",
        per=repetitions,
    )
