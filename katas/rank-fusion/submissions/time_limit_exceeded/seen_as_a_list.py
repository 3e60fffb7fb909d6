"""Too slow: the documents already seen in a ranking are kept in a list, so each `in` is a scan: quadratic in a ranking's length."""

from fractions import Fraction


def reciprocal_rank_fusion(rankings, k=60):
    if k < 0:
        raise ValueError(f"k must be at least 0, got {k}")
    scores = {}
    for ranking in rankings:
        seen = []
        for rank, doc in enumerate(ranking, start=1):
            if doc in seen:
                continue  # a repeat: counted at its first position only, and still takes a rank
            seen.append(doc)
            scores[doc] = scores.get(doc, 0) + Fraction(1, k + rank)
    return sorted(scores, key=lambda doc: (-scores[doc], doc))
