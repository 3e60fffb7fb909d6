def test_reverse_is_linear(engine):
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
