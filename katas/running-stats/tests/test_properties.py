"""running_stats against statistics computed exactly with fractions."""

from hypothesis import assume, given
from hypothesis import strategies as st

from judge.testing import asking, submission, support

# Moderate numbers: ints, and floats that are multiples of 1/64, so that the exact answer is easy to state.
numbers = st.one_of(
    st.integers(min_value=-1000, max_value=1000),
    st.integers(min_value=-64_000, max_value=64_000).map(lambda k: k / 64),
)
# Values near ±1e9 with a small spread (variance at least 1): the contract asks for 1e-6 relative error.
OFFSETS = [1e9, -1e9, 1e9 + 0.5, 999_999_999.0]


@given(values=st.lists(numbers, min_size=1, max_size=40))
def test_matches_exact_statistics(values, stats):
    count, mean, variance, scale = stats.exact(values)
    stats.expect(submission().running_stats(values), count, mean, variance, scale=scale)


@given(values=st.lists(numbers, min_size=1, max_size=40))
def test_matches_exact_statistics_on_a_generator(values, stats):
    count, mean, variance, scale = stats.exact(values)
    with asking(f"running_stats(v for v in {values!r})"):
        got = submission().running_stats(support().one_shot(values))
    stats.expect(got, count, mean, variance, scale=scale,
                 note="the values come from a generator, which can be read only once")


@given(offset=st.sampled_from(OFFSETS), deltas=st.lists(st.integers(min_value=-2000, max_value=2000).map(lambda k: k / 2), min_size=2, max_size=50))
def test_stable_near_1e9(offset, deltas, stats):
    values = [offset + d for d in deltas]
    count, mean, variance, scale = stats.exact(values)
    assume(variance >= 1)
    stats.expect(submission().running_stats(values), count, mean, variance, scale=scale, variance_rel=1e-6, variance_abs=0,
                 note="values near 1e9 with a small spread need a numerically stable method (Welford's algorithm)")


def test_long_streams_match_the_reference(engine):
    """The measured input, checked before measuring: count, mean and variance within the contract's
    tolerance on a long generator near 1e9, read to its end."""
    engine.check_answers("stream", 4_000, what="running_stats() on a generator of n floats near 1e9")
