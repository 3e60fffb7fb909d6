def test_is_palindrome_is_linear(engine):
    engine.check_time(
        "palindrome",
        sizes=(2_000, 128_000),
        what="is_palindrome()",
        size_name="n",
        bound="O(n) time: the time per call may grow about as fast as the length, not faster",
    )
