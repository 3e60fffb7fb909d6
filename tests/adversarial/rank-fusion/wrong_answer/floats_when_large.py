# class: wrong-on-large
# why: exact Fractions up to 1,000 items (every example and property is smaller), plain floats above, which are four times faster; the measured inputs use k = 2**60, where 1/(k + r) is one float for a hundred ranks, and documents whose exact scores tie, which float sums break in the last bit: the answers are compared with the reference's
from fractions import Fraction


def reciprocal_rank_fusion(rankings, k=60):
    if k < 0:
        raise ValueError("k must be at least 0")
    exact = sum(len(r) for r in rankings) <= 1000
    one = Fraction if exact else (lambda a, b: a / b)
    scores = {}
    for ranking in rankings:
        seen = set()
        for rank, doc in enumerate(ranking, start=1):
            if doc not in seen:
                seen.add(doc)
                scores[doc] = scores.get(doc, 0) + one(1, k + rank)
    return sorted(scores, key=lambda d: (-scores[d], d))
