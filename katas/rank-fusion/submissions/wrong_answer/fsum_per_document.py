"""Wrong: collects each document's terms and adds them with math.fsum, which rounds the exact sum
once, so exact ties stay ties; but two scores closer than a float can tell apart (k = 2**60:
1/(k + 1) and 1/(k + 2) are both 2**-60) become a tie that goes by id."""

import math


def reciprocal_rank_fusion(rankings, k=60):
    if k < 0:
        raise ValueError("k must be at least 0")
    terms = {}
    for ranking in rankings:
        seen = set()
        for rank, doc in enumerate(ranking, start=1):
            if doc not in seen:
                seen.add(doc)
                terms.setdefault(doc, []).append(1 / (k + rank))
    scores = {doc: math.fsum(ts) for doc, ts in terms.items()}
    return sorted(scores, key=lambda doc: (-scores[doc], doc))
