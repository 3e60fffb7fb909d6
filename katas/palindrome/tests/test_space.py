def test_is_palindrome_uses_constant_extra_space(engine):
    engine.check_space(
        "palindrome",
        sizes=(4_000, 256_000),
        what="is_palindrome()",
        size_name="n",
        bound="O(1) extra space: no cleaned copy, no reversed copy, no lower-cased copy",
    )
