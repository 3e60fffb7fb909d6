"""Measured against the total number of items n, from 2,000 to 64,000, on two shapes of input:
two long rankings in which documents repeat (ranking.index(doc) or a list of seen documents is a
scan per item, and grows with their length), and many rankings of two items (work per ranking
that grows with the documents seen so far, such as sorting them after each ranking, grows with
their number)."""


def test_long_rankings_with_repeats(engine):
    engine.check_time(
        "long_rankings",
        sizes=(2_000, 64_000),
        what="reciprocal_rank_fusion() of 2 rankings of n/2 items, each document about 4 times in each, k = 2**60",
        size_name="items",
        bound="O(total items + D log D): O(1) per item, whatever the length of the ranking",
        per=lambda n: n,
    )


def test_many_short_rankings(engine):
    engine.check_time(
        "many_rankings",
        sizes=(2_000, 64_000),
        what="reciprocal_rank_fusion() of n/2 rankings of 2 items, k = 60",
        size_name="items",
        bound="O(total items + D log D): O(1) per item, whatever the number of rankings, and one sort",
        per=lambda n: n,
    )
