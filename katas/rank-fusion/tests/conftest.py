"""The model both test files judge against, in the judge's process: the contract written out
with exact fractions."""

from fractions import Fraction

import pytest


class Exact:
    """model(rankings, k) is the fused list; model.scores(rankings, k) every document's score."""

    @staticmethod
    def scores(rankings, k=60):
        out = {}
        for ranking in rankings:
            for rank, doc in enumerate(ranking, start=1):
                if doc not in ranking[: rank - 1]:  # its first position in this ranking
                    out[doc] = out.get(doc, Fraction(0)) + Fraction(1, k + rank)
        return out

    def __call__(self, rankings, k=60):
        scores = self.scores(rankings, k)
        return sorted(scores, key=lambda doc: (-scores[doc], doc))

    def describe(self, rankings, k=60):
        """"'a': 1/61, 'b': 1/62" in the fused order, for the feedback."""
        scores = self.scores(rankings, k)
        return ", ".join(f"{d!r}: {scores[d]}" for d in self(rankings, k))


@pytest.fixture(scope="session")
def model():
    return Exact()
