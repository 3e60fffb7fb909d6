"""Any list, any size and overlap against the model (conftest.py): the chunks, the input left as
it was, the argument checks, and the judge's own Token objects for identity. (The measured
inputs, up to a million tokens, are checked against the reference in the performance group: the
contract's bound says "for inputs up to 10⁶ tokens".)"""

from hypothesis import given, settings
from hypothesis import strategies as st

items = st.one_of(st.integers(-50, 50), st.text(alphabet="abcxyz", max_size=3))


@st.composite
def arguments(draw):
    size = draw(st.integers(1, 12))
    overlap = draw(st.integers(0, size - 1))
    tokens = draw(st.lists(items, max_size=60))
    return tokens, size, overlap


@settings(max_examples=300)
@given(case=arguments())
def test_any_list_matches_the_model(case, chunks):
    chunks.check(*case)


@settings(max_examples=150)
@given(size=st.integers(1, 12), overlap_from_size=st.integers(0, 11), n=st.integers(0, 3))
def test_short_lists(size, overlap_from_size, n, chunks):
    # lists of 0 to 3 items around sizes of 1 to 12: one chunk or none
    overlap = overlap_from_size % size
    chunks.check(list(range(100, 100 + n)), size, overlap)


@settings(max_examples=100)
@given(data=st.data(), tokens=st.lists(st.integers(0, 9), max_size=8))
def test_out_of_range_arguments_are_refused(data, tokens, chunks):
    case = data.draw(st.sampled_from(["size", "negative", "too_large"]), label="which")
    if case == "size":
        size, overlap, why = data.draw(st.integers(-5, 0), label="size"), 0, "size must be at least 1"
    elif case == "negative":
        size = data.draw(st.integers(1, 8), label="size")
        overlap, why = data.draw(st.integers(-8, -1), label="overlap"), "overlap must not be negative"
    else:
        size = data.draw(st.integers(1, 8), label="size")
        overlap, why = data.draw(st.integers(size, size + 4), label="overlap"), "overlap must be less than size"
    chunks.refused(tokens, size, overlap, why)


@settings(max_examples=60)
@given(n=st.integers(0, 40), size=st.integers(1, 9), overlap_from_size=st.integers(0, 8), mixed=st.booleans())
def test_chunks_are_new_lists_of_the_very_same_items(n, size, overlap_from_size, mixed, chunks):
    chunks.tokens(n, size, overlap_from_size % size, mixed)

