"""The fusion against the model (conftest.py, exact fractions) on random rankings over a small
set of ids, so that documents repeat within a ranking, appear in several, and tie exactly; then
a large input checked against the reference."""

from hypothesis import given, settings
from hypothesis import strategies as st

from judge.testing import call_unchanged, expect, expect_raises, submission

IDS = ["a", "b", "c", "d", "e", "B", "doc-10", "doc-9", "é", ""]
rankings = st.lists(st.lists(st.sampled_from(IDS), max_size=8), max_size=5)
# small k make the scores far apart; 60 is the default; 2**53 and 2**60 are where floats give up
ks = st.sampled_from([0, 1, 2, 3, 60, 2**53, 2**60])


@settings(max_examples=200)
@given(rankings=rankings, k=ks)
def test_fusion_matches_the_contract(model, rankings, k):
    got = call_unchanged(submission().reciprocal_rank_fusion, rankings, k)
    expect(got, model(rankings, k), note=f"the exact scores are {model.describe(rankings, k)}")


@settings(max_examples=50)
@given(rankings=rankings)
def test_default_k(model, rankings):
    expect(call_unchanged(submission().reciprocal_rank_fusion, rankings), model(rankings, 60), note="k defaults to 60")


@settings(max_examples=50)
@given(rankings=rankings, k=st.integers(min_value=-10**6, max_value=-1))
def test_negative_k_is_refused(rankings, k):
    expect_raises("ValueError", submission().reciprocal_rank_fusion, rankings, k, note="k < 0")


def test_a_large_fusion_agrees_with_the_reference(engine):
    """A fast path that is wrong only on many documents is a wrong answer before anything is timed."""
    engine.check_answers("long_rankings", 8_000, what="reciprocal_rank_fusion() of 2 long rankings", size_name="items")
    engine.check_answers("many_rankings", 8_000, what="reciprocal_rank_fusion() of many short rankings", size_name="items")
