"""Too slow: finds whether a position is a document's first with ranking.index(doc) for every item, O(length) each: quadratic in a ranking's length."""

from fractions import Fraction


def reciprocal_rank_fusion(rankings, k=60):
    if k < 0:
        raise ValueError(f"k must be at least 0, got {k}")
    scores = {}
    for ranking in rankings:
        for rank, doc in enumerate(ranking, start=1):
            if ranking.index(doc) + 1 != rank:
                continue  # not its first position
            scores[doc] = scores.get(doc, 0) + Fraction(1, k + rank)
    return sorted(scores, key=lambda doc: (-scores[doc], doc))
