"""flatten against the obvious recursive model, on small random nestings of mixed items."""

from hypothesis import given, settings
from hypothesis import strategies as st

from judge.testing import call_unchanged, expect, submission

items = st.one_of(
    st.integers(min_value=-9, max_value=9),
    st.text(alphabet="ab[], ", max_size=3),
    st.none(),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False, width=16),
    st.tuples(st.integers(min_value=0, max_value=3), st.lists(st.integers(min_value=0, max_value=3), max_size=2)),
    st.dictionaries(st.text(alphabet="xy", max_size=1), st.lists(st.integers(min_value=0, max_value=3), max_size=2), max_size=2),
)
nested_lists = st.lists(st.recursive(items, lambda inner: st.lists(inner, max_size=4), max_leaves=25), max_size=5)


def model(nested):
    out = []
    for item in nested:
        if type(item) is list:
            out.extend(model(item))
        else:
            out.append(item)
    return out


@settings(max_examples=150)
@given(nested=nested_lists)
def test_matches_model(nested):
    expect(call_unchanged(submission().flatten, nested), model(nested))


def test_large_inputs_match_the_reference(engine):
    """The measured inputs, checked before measuring: a fast path that is wrong only on large
    inputs is a wrong answer, not a time to compare."""
    engine.check_answers("wide", 64_000, what="flatten() on long lists of items and short sublists", size_name="items")
    engine.check_answers("deep", 64_000, what="flatten() on a list nested items/8 levels deep", size_name="items")
