"""find_pairs against the brute force over all index pairs."""

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import call_unchanged, expect_unordered, submission


def brute_force(arr, target):
    pairs = set()
    for i in range(len(arr)):
        for j in range(i + 1, len(arr)):
            if arr[i] + arr[j] == target:
                pairs.add((min(arr[i], arr[j]), max(arr[i], arr[j])))
    return sorted(pairs)


@given(arr=st.lists(st.integers(min_value=-8, max_value=8), max_size=12), target=st.integers(min_value=-10, max_value=10))
def test_matches_brute_force_on_small_values(arr, target):
    got = call_unchanged(submission().find_pairs, arr, target)
    expect_unordered(got, brute_force(arr, target))


@given(arr=st.lists(st.integers(min_value=-10**6, max_value=10**6), max_size=40), data=st.data())
def test_matches_brute_force_when_a_pair_exists(arr, data):
    if len(arr) >= 2:
        i, j = data.draw(st.sampled_from([(i, j) for i in range(len(arr)) for j in range(i + 1, len(arr))][:200]))
        target = arr[i] + arr[j]
    else:
        target = data.draw(st.integers(min_value=-10, max_value=10))
    expect_unordered(submission().find_pairs(arr, target), brute_force(arr, target))


def test_large_input_matches_the_reference(engine):
    engine.check_answers("find_pairs", 4_000, what="find_pairs() on 4,000 random values")
