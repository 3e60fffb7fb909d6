from judge.testing import variant

LEETCODE = variant()  # "reverse-string": LeetCode 344's lists of printable ASCII characters


def test_reverse_is_linear(engine):
    if LEETCODE:
        # Printable ASCII, as LeetCode 344 gives it, in a list reversed in place: copying what is
        # left of the list per character (a pop and an insert, or a prepend) is O(n²).
        engine.check_time(
            "reverse_ascii",
            sizes=(2_000, 512_000),
            what="reverse_string() on a list of printable ASCII characters",
            size_name="characters",
            bound="O(n) time: the time per call may grow about as fast as the length, not faster",
        )
        return
    # Mixed text (ASCII, Latin-1, CJK, above U+FFFF): stored 4 bytes a code point, each character
    # read from it a new object. At 512,000 code points one call of the reference costs tens of ms,
    # and a copy of what is left per character (`ch + result`, `s[:-1]`) is seconds.
    engine.check_time(
        "reverse",
        sizes=(2_000, 512_000),
        what="reverse_string() on mixed text (ASCII, Latin-1, CJK, characters above U+FFFF)",
        size_name="code points",
        bound="O(n) time: the time per call may grow about as fast as the length, not faster",
    )
