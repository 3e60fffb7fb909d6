"""Random small corpora over a few words (so terms repeat within and across documents, and many
documents tie), random queries with repeated and absent terms, random k1 and b: every score
matches the formula (conftest.py) within rel 1e-9 / abs 1e-9, and top(query, k) is a ranking
the contract allows. Then the measured workloads, checked against the reference before any
timing."""

from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from judge.testing import call_unchanged, expect_close, submission

REL = ABS = 1e-9
WORDS = ["a", "b", "c", "d", "e"]
SETTINGS = settings(max_examples=120, phases=[Phase.explicit, Phase.generate, Phase.shrink])

documents = st.lists(st.lists(st.sampled_from(WORDS), max_size=7), min_size=1, max_size=7)
queries = st.lists(st.sampled_from([*WORDS, "z"]), max_size=5)  # "z" is in no document
params = st.one_of(
    st.just({}),
    st.fixed_dictionaries({"k1": st.sampled_from([0.5, 1.2, 1.5, 2.0]), "b": st.sampled_from([0.0, 0.25, 0.75, 1.0])}),
)


@SETTINGS
@given(corpus=documents, query=queries, params=params)
def test_scores_match_the_formula(corpus, query, params, model):
    index = call_unchanged(submission().BM25, corpus, **params)
    expect_close(index.scores(query), model.scores(corpus, query, **params), rel=REL, abs=ABS)


@SETTINGS
@given(corpus=documents, query=queries, params=params, data=st.data())
def test_top_ranks_by_score_then_index(corpus, query, params, data, model):
    k = data.draw(st.integers(1, len(corpus) + 2), label="k")
    index = submission().BM25(corpus, **params)
    got = index.top(query, k)
    model.check_top(got, corpus, query, k, f"BM25({corpus!r}{''.join(f', {p}={v}' for p, v in params.items())}).top({query!r}, {k})", **params)


def test_large_corpora_match_the_reference(engine):
    """The measured inputs, checked before measuring: a fast path that is wrong only on large
    corpora is a wrong answer, not a time to compare."""
    engine.check_answers("build", 2_048, what="building on 2,048 words, then 8 queries", size_name="words")
    engine.check_answers("scores", 4_096, what="scores() on a corpus of 4,096 words", size_name="words")
    engine.check_answers("long_query", 64, what="scores() of 64 rare terms", size_name="query terms")
    engine.check_answers("top", 1_000, what="top(query, k) with N / 2 <= k <= N, and with N / 64 <= k <= N / 32", size_name="documents")
