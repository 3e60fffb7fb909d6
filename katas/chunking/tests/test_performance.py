"""O(total output size), for inputs up to 10⁶ tokens: the growth of the time against the
reference's, then one run at a million tokens whose every chunk is checked against the
reference's (within the call's time limit)."""


def test_time_follows_the_output_size(engine):
    # Five calls per run (ints and words, overlap 0 and 1 … size // 2, sizes 4 to 16; and chunks of
    # n/8 to n/4 tokens): the output holds at most twice the input, so O(total output size) is O(n)
    # here. Copying the rest of the list for every chunk, or reaching each start from the front
    # (islice), is O(n² / step); building a chunk by concatenation (c = c + [t]) is O(size²).
    engine.check_time(
        "chunks",
        sizes=(2_000, 128_000),
        what="chunk(tokens, size, overlap) with sizes 4 to 16 and n/8 to n/4",
        size_name="tokens",
        bound="O(total output size): slice each chunk out of the list where it starts; never copy or walk "
              "the rest of the list per chunk, nor build a chunk by concatenation",
        per=lambda n: 5 * n,
    )


def test_a_million_tokens(engine):
    engine.check_answers("chunks", 1_000_000, what="chunk() on a million ints and a million words, sizes 4 to 16 and n/8 to n/4",
                         size_name="tokens")
