BOUND = "O(n) time: the time per call may grow about as fast as the length, not faster"


def test_is_palindrome_is_linear(engine):
    engine.check_time(
        "palindrome",
        sizes=(2_000, 128_000),
        what="is_palindrome() on a palindrome with short runs of punctuation",
        size_name="n",
        bound=BOUND,
    )


def test_long_runs_of_punctuation_are_linear(engine):
    engine.check_time(
        "punctuation_runs",
        sizes=(2_000, 128_000),
        what="is_palindrome() on a palindrome with long runs of punctuation",
        size_name="n",
        bound=BOUND + " (skip each punctuation character once)",
    )
