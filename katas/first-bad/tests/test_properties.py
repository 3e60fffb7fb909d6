"""Random rows of versions, from none to 2**62, with the first bad one anywhere (or none bad):
every call of is_bad is checked (an int in 0 … n-1, never twice, at most n.bit_length() calls)
and so is the answer; an exception is_bad raises on any call propagates, the very object; any
n < 0 is a ValueError. The `first_bad` fixture is in conftest.py."""

from hypothesis import given, settings
from hypothesis import strategies as st

from judge.testing import RaiseInSubmission

# Small rows, where both ends are always close; rows of any size up to 2**62; and rows of every
# magnitude (as many of 2**61 … 2**62 versions as of 8 … 16).
sizes = st.one_of(
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=2**62),
    st.integers(min_value=1, max_value=62).flatmap(lambda k: st.integers(min_value=2 ** (k - 1), max_value=2**k)),
)


@st.composite
def rows(draw, min_size=0):
    """(n, first): n versions, the first bad one `first` (None: none is bad)."""
    n = draw(sizes.filter(lambda n: n >= min_size))
    first = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=n - 1))) if n > 0 else None
    return n, first


@settings(max_examples=300)
@given(row=rows())
def test_finds_the_first_bad_version_within_the_bound(row, first_bad):
    first_bad(*row)


errors = st.sampled_from(["RuntimeError", "ValueError", "KeyError", "OSError", "BuildFailed"])


@settings(max_examples=100)
@given(row=rows(min_size=1), error=errors, data=st.data())
def test_an_exception_from_any_call_propagates(row, error, data, first_bad):
    n, first = row
    fail_on = data.draw(st.integers(min_value=1, max_value=first_bad.surely_made(n)), label="the call of is_bad that raises")
    first_bad(n, first, fail=RaiseInSubmission(error, f"version under test could not be checked ({error})"), fail_on=fail_on)


@settings(max_examples=30)
@given(n=st.integers(min_value=-(2**62), max_value=-1))
def test_negative_n_is_a_value_error(n, first_bad):
    first_bad(n)
