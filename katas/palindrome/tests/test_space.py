def test_is_palindrome_uses_constant_extra_space(engine):
    # The kernel's peak for the whole process: at 8,388,608 characters the input is 8 MiB, so a
    # cleaned, reversed or lower-cased copy is megabytes above the reference's few pages.
    engine.check_space(
        "space",
        sizes=(262_144, 8_388_608),
        steps=2,
        what="is_palindrome()",
        size_name="n",
        bound="O(1) extra space: no cleaned copy, no reversed copy, no lower-cased copy",
    )
