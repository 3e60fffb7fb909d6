"""Wrong: removes repeats from each ranking first (dict.fromkeys) and then numbers what is left, so every document after a repeat moves up a rank."""

from fractions import Fraction


def reciprocal_rank_fusion(rankings, k=60):
    if k < 0:
        raise ValueError(f"k must be at least 0, got {k}")
    scores = {}
    for ranking in rankings:
        for rank, doc in enumerate(dict.fromkeys(ranking), start=1):
            scores[doc] = scores.get(doc, 0) + Fraction(1, k + rank)
    return sorted(scores, key=lambda doc: (-scores[doc], doc))
