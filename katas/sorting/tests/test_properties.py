"""Both sorts against Python's own stable sort: integers, and Items that are equal under
`<` but carry tags, where merge_sort must keep the input order of equal keys."""

from hypothesis import given, settings
from hypothesis import strategies as st

from judge.testing import RemoteError, WrongAnswer, call_unchanged, expect, not_in_variant, submission, support, variant

LEETCODE = variant()  # "sort-an-array": LeetCode 912's nums, at least one int in [-50,000, 50,000]
if LEETCODE is None:
    ints = st.lists(st.integers(min_value=-20, max_value=20), max_size=40)
else:
    ints = st.lists(st.one_of(st.integers(min_value=-20, max_value=20), st.integers(min_value=-50_000, max_value=50_000),
                              st.sampled_from([-50_000, 50_000])), min_size=1, max_size=40)


@settings(max_examples=100)
@given(arr=ints)
def test_quicksort_sorts(arr):
    want = list(arr)
    want.sort()
    expect(call_unchanged(submission().quicksort, arr), want)


@settings(max_examples=100)
@given(arr=ints)
def test_merge_sort_sorts(arr):
    want = list(arr)
    want.sort()
    expect(call_unchanged(submission().merge_sort, arr), want)


@st.composite
def tagged(draw):
    keys = draw(st.lists(st.integers(min_value=0, max_value=3), max_size=30))
    return [(k, i) for i, k in enumerate(keys)]


def _show(pairs):
    return "[" + ", ".join(f"Item({k}, {t})" for k, t in pairs) + "]"


def _sort_items(function, pairs, call):
    try:
        return support().sort_items(function, pairs)
    except RemoteError as err:
        err.call = call
        raise


@settings(max_examples=100)
@given(pairs=tagged())
def test_merge_sort_is_stable(pairs):
    not_in_variant("LeetCode 912 sorts ints: stability cannot be seen")
    call = f"merge_sort({_show(pairs)})"
    got, changed = _sort_items("merge_sort", pairs, call)
    if changed:
        raise WrongAnswer(f"{call} {changed}: return a new list and leave the input as it was")
    expect(got, sorted(pairs, key=lambda p: p[0]), call=call,
           note="shown as (key, tag): items with equal keys keep their input order")


@settings(max_examples=100)
@given(pairs=tagged())
def test_quicksort_orders_items_by_key(pairs):
    not_in_variant("LeetCode 912 sorts ints, not items compared only with <")
    call = f"quicksort({_show(pairs)})"
    got, changed = _sort_items("quicksort", pairs, call)
    if changed:
        raise WrongAnswer(f"{call} {changed}: return a new list and leave the input as it was")
    keys = sorted(k for k, _ in pairs)
    if type(got) is not list or sorted(map(repr, got)) != sorted(map(repr, pairs)) or [p[0] for p in got] != keys:
        raise WrongAnswer(f"{call} returned {got!r}, expected every item once, ordered by key (equal keys in any order)")


def test_large_sorts_agree_with_the_reference(engine):
    """A fast path that is wrong only on large inputs is a wrong answer before anything is timed."""
    if LEETCODE:
        engine.check_answers("leetcode_few_distinct", 50_000, what="quicksort() of 4 distinct values")
        engine.check_answers("leetcode_random", 50_000, what="merge_sort() of sorted, reversed and random lists")
        return
    engine.check_answers("quicksort_few_distinct", 4_096, what="quicksort() of 4 distinct values")
    engine.check_answers("merge_sort", 4_096, what="merge_sort() of sorted, reversed and random lists")
