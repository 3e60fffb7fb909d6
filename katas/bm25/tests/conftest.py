"""The model both correctness groups judge against: BM25 scores computed straight from the
contract's formula, one document at a time, and a check of a top() ranking that demands only
what the contract fixes.

Scores are compared with the opening rules' tolerance (math.isclose, rel 1e-9, abs 1e-9). In a
ranking, a document must come before another when its score is higher beyond that tolerance,
or when the two have the same length and the same counts of the query terms (then their scores
are equal in any correct solution, and the lower index comes first); two documents whose scores
are within the tolerance but that differ in length or counts may come in either order, since
the contract never tests such ties."""

import math
from collections import Counter

import pytest

from judge.testing import WrongAnswer, show

REL = ABS = 1e-9


def model_scores(corpus, query, k1=1.5, b=0.75):
    n = len(corpus)
    avgdl = sum(len(d) for d in corpus) / n
    counts = [Counter(d) for d in corpus]
    df = Counter(term for c in counts for term in c)
    scores = []
    for document, c in zip(corpus, counts):
        score = 0.0
        for term in query:
            f = c[term]
            if f:
                idf = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
                score += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * len(document) / avgdl))
        scores.append(score)
    return scores


def signature(corpus, query, d):
    """What fixes a document's score for this query: its length and its count of each query term."""
    return len(corpus[d]), tuple(corpus[d].count(t) for t in sorted(set(query)))


def _num(x) -> str:
    return f"{x:.6g}"


def check_top(got, corpus, query, k, call, k1=1.5, b=0.75) -> None:
    """`got` (what top(query, k) returned) against the contract: the min(k, N) best documents,
    by score descending, ties by lower index (see the module's docstring)."""
    n = len(corpus)
    scores = model_scores(corpus, query, k1, b)
    want = min(k, n)

    def fail(why: str) -> None:
        raise WrongAnswer(f"{call} returned {show(got)}: {why}")

    if type(got) is not list:
        fail("expected a list of document indices")
    if len(got) != want:
        fail(f"expected {want} indices (k = {k}, N = {n}{': a k above N returns all N' if k > n else ''})")
    bad = [i for i in got if type(i) is not int]
    if bad:
        fail(f"{show(bad[0])} is not an int index")
    outside = [i for i in got if not 0 <= i < n]
    if outside:
        fail(f"{outside[0]} is not the index of a document (there are {n})")
    if len(set(got)) != len(got):
        fail("an index appears twice")

    def must_precede(x, y) -> bool:
        if scores[x] > scores[y] and not math.isclose(scores[x], scores[y], rel_tol=REL, abs_tol=ABS):
            return True
        return x < y and signature(corpus, query, x) == signature(corpus, query, y)

    def why(x, y) -> str:
        if signature(corpus, query, x) == signature(corpus, query, y):
            return (f"documents {x} and {y} have the same length and the same counts of the query terms, so the "
                    f"same score ({_num(scores[x])}): ties go to the lower index")
        return f"document {x} scores {_num(scores[x])}, more than document {y} ({_num(scores[y])})"

    for p, y in enumerate(got):
        for x in got[p + 1:]:
            if must_precede(x, y):
                fail(f"document {x} must come before document {y}: {why(x, y)}")
    chosen = set(got)
    for x in range(n):
        if x not in chosen:
            for y in got:
                if must_precede(x, y):
                    fail(f"document {x} belongs in the top {want}, before document {y}: {why(x, y)}")


@pytest.fixture
def model():
    class Model:
        scores = staticmethod(model_scores)
        check_top = staticmethod(check_top)

    return Model
