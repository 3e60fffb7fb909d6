"""Runtime error: ranks counted from 0, so with k = 0 the first document's score divides by zero."""

from fractions import Fraction


def reciprocal_rank_fusion(rankings, k=60):
    if k < 0:
        raise ValueError(f"k must be at least 0, got {k}")
    scores = {}
    for ranking in rankings:
        seen = set()
        for rank, doc in enumerate(ranking):
            if doc in seen:
                continue  # a repeat: counted at its first position only, and still takes a rank
            seen.add(doc)
            scores[doc] = scores.get(doc, 0) + Fraction(1, k + rank)
    return sorted(scores, key=lambda doc: (-scores[doc], doc))
