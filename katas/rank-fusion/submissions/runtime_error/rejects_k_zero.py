"""Runtime error: refuses k = 0 as well (ValueError on a valid call); only k < 0 is an error (k = 0 gives scores 1, 1/2, 1/3…)."""

from fractions import Fraction


def reciprocal_rank_fusion(rankings, k=60):
    if k <= 0:
        raise ValueError(f"k must be at least 0, got {k}")
    scores = {}
    for ranking in rankings:
        seen = set()
        for rank, doc in enumerate(ranking, start=1):
            if doc in seen:
                continue  # a repeat: counted at its first position only, and still takes a rank
            seen.add(doc)
            scores[doc] = scores.get(doc, 0) + Fraction(1, k + rank)
    return sorted(scores, key=lambda doc: (-scores[doc], doc))
