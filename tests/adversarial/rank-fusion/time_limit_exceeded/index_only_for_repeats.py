# class: other
# why: a set says in O(1) whether a document was seen, and ranking.index is called only for the repeats, to "double-check" the first position: the examples and properties have few repeats, but a ranking of chunks repeats each document about four times, and every repeat scans from the start (C speed, still O(length)); the kernel's CPU count shows it from 2,000 to 64,000 items
from fractions import Fraction


def reciprocal_rank_fusion(rankings, k=60):
    if k < 0:
        raise ValueError("k must be at least 0")
    scores = {}
    for ranking in rankings:
        seen = set()
        for rank, doc in enumerate(ranking, start=1):
            if doc in seen and ranking.index(doc) + 1 < rank:
                continue
            seen.add(doc)
            scores[doc] = scores.get(doc, 0) + Fraction(1, k + rank)
    return sorted(scores, key=lambda d: (-scores[d], d))
