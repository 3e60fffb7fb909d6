"""Also accepted: exact scores without the fractions module. Each score is kept as an unreduced
numerator and denominator (a/b + 1/d = (a·d + b)/(b·d)), and the sort compares two scores by
cross-multiplying (functools.cmp_to_key), ids breaking ties."""

from functools import cmp_to_key


def reciprocal_rank_fusion(rankings, k=60):
    if k < 0:
        raise ValueError("k must not be negative")
    num, den = {}, {}
    for ranking in rankings:
        seen = set()
        for position, doc in enumerate(ranking):
            if doc in seen:
                continue
            seen.add(doc)
            d = k + position + 1
            if doc in num:
                num[doc], den[doc] = num[doc] * d + den[doc], den[doc] * d
            else:
                num[doc], den[doc] = 1, d

    def order(a, b):
        left, right = num[a] * den[b], num[b] * den[a]
        if left != right:
            return -1 if left > right else 1
        return -1 if a < b else (1 if a > b else 0)

    return sorted(num, key=cmp_to_key(order))
