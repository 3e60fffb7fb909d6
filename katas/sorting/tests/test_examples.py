import random

from judge.testing import RemoteError, WrongAnswer, asking, call_unchanged, expect, not_in_variant, support, variant

FUNCTIONS = ("quicksort", "merge_sort")
# "sort-an-array": LeetCode 912's nums, 1 to 50,000 ints in [-50,000, 50,000]; quicksort and
# merge_sort are both its sortArray (the adapter), on a copy: LeetCode may sort nums in place.
LEETCODE = variant()


def both(solution, arr, note=None):
    """Each function returns a new ascending list and leaves arr as it was."""
    for name in FUNCTIONS:
        got = call_unchanged(getattr(solution, name), list(arr))
        want = list(arr)
        want.sort()
        expect(got, want, note=note)


def stable(function, pairs, note=None):
    """merge_sort of Items (ordered by key only) must keep equal keys in input order;
    quicksort must order the keys and return every item once."""
    call = f"{function}({_show_items(pairs)})"
    try:
        got, changed = support().sort_items(function, pairs)
    except RemoteError as err:
        err.call = call
        raise
    if changed:
        raise WrongAnswer(f"{call} {changed}: return a new list and leave the input as it was")
    want = sorted(pairs, key=lambda p: p[0])
    if function == "merge_sort":
        expect(got, want, call=call, note=note or "shown as (key, tag): items with equal keys keep their input order")
        return
    ok = type(got) is list and all(type(p) is tuple for p in got) and sorted(got) == sorted(pairs)
    if not ok or [p[0] for p in got] != [p[0] for p in want]:
        raise WrongAnswer(f"{call} returned {got!r}, expected the same items ordered by key (equal keys in any order)")


def _show_items(pairs):
    shown = ", ".join(f"Item({k}, {t!r})" for k, t in pairs[:6])
    return f"[{shown}{', ...' if len(pairs) > 6 else ''}]"


def test_statement_example(solution):
    both(solution, [5, 2, 9, 1, 5, 6])
    expect(solution.quicksort([3, 1, 2]), [1, 2, 3])
    expect(solution.merge_sort([3, 1, 2]), [1, 2, 3])
    if LEETCODE:  # LeetCode 912's own examples
        expect(solution.quicksort([5, 2, 3, 1]), [1, 2, 3, 5])
        expect(solution.quicksort([5, 1, 1, 2, 0, 0]), [0, 0, 1, 1, 2, 5])


def test_empty_and_single(solution):
    if LEETCODE is None:  # LeetCode 912's nums hold at least one int
        both(solution, [])
    both(solution, [42])


def test_two_items(solution):
    both(solution, [2, 1])
    both(solution, [1, 2])
    both(solution, [1, 1])


def test_duplicates_are_kept(solution):
    both(solution, [3, 1, 3, 1, 3, 2, 2], note="every item appears as often as in the input")
    both(solution, [0] * 10)


def test_sorted_and_reversed(solution):
    both(solution, list(range(50)))
    both(solution, list(range(50, 0, -1)))


def test_negative_and_large_numbers(solution):
    if LEETCODE:  # the ends of LeetCode 912's range
        both(solution, [50_000, -50_000, 0, -1, 1, 49_999, -49_999, 50_000])
        return
    both(solution, [10**18, -(10**18), 0, -1, 1, 2**70])


def test_floats_and_strings(solution):
    not_in_variant("LeetCode 912 sorts ints")
    both(solution, [2.5, -1.0, 0.0, 3.25, 2.5])
    both(solution, ["pear", "apple", "fig", "Banana", "apple", ""])
    both(solution, [(2, "b"), (1, "z"), (2, "a"), (1, "a")])


def test_returns_a_new_list(solution):
    not_in_variant("LeetCode 912 lets sortArray sort nums in place and return it")
    for name in FUNCTIONS:
        got = call_unchanged(getattr(solution, name), [2, 1])
        expect(got, [1, 2], note="a new list, the input stays [2, 1]")
        for arr in ([], [7], [1, 2], [1, 2, 3]):
            try:
                same_list = support().returns_its_input(name, arr)
            except RemoteError as err:
                err.call = f"{name}({arr!r})"
                raise
            if same_list:
                raise WrongAnswer(
                    f"{name}({arr!r}) returned its input list itself; return a new list even when there is "
                    "nothing to sort, so that changing the result never changes the caller's list"
                )


def test_merge_sort_is_stable():
    not_in_variant("LeetCode 912 sorts ints: stability cannot be seen")
    stable("merge_sort", [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")])
    stable("merge_sort", [(5, i) for i in range(20)], note="shown as (key, tag): all keys are equal, so the input order must stay as it is")
    rng = random.Random(7)
    stable("merge_sort", [(rng.randrange(3), i) for i in range(200)])


def test_quicksort_orders_items_by_key():
    not_in_variant("LeetCode 912 sorts ints, not items compared only with <")
    stable("quicksort", [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")])
    rng = random.Random(8)
    stable("quicksort", [(rng.randrange(5), i) for i in range(200)])


def test_200_000_items():
    if LEETCODE:
        call = "Solution().sortArray on a list of 200,000 random integers in [-50,000, 50,000]"
        with asking(call, if_slow="an O(n log n) sort takes well under a second here; an insertion or selection sort is O(n²)"):
            got = support().sort_large("quicksort", 200_000, 2024, -50_000, 50_001)
        expect(got, "sorted", call=call, note="a list of the same ints, in ascending order")
        return
    for name in FUNCTIONS:
        call = f"{name} on a list of 200,000 random integers"
        with asking(call, if_slow="an O(n log n) sort takes well under a second here; an insertion or selection sort is O(n²)"):
            got = support().sort_large(name, 200_000, 2024)
        expect(got, "sorted", call=call, note="a new list, in ascending order, with the input unchanged")
