"""Too slow: keeps the fused list up to date by sorting every document seen so far after each
ranking, O(D log D) per ranking: quadratic when there are many short rankings."""

from fractions import Fraction


def reciprocal_rank_fusion(rankings, k=60):
    if k < 0:
        raise ValueError(f"k must be at least 0, got {k}")
    scores = {}
    fused = []
    for ranking in rankings:
        seen = set()
        for rank, doc in enumerate(ranking, start=1):
            if doc in seen:
                continue
            seen.add(doc)
            scores[doc] = scores.get(doc, 0) + Fraction(1, k + rank)
        fused = sorted(scores, key=lambda doc: (-scores[doc], doc))  # the fusion so far
    return fused
