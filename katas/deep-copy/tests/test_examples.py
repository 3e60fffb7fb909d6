"""Fixed cases. Plain values are also compared here, type for type; shared parts,
cycles and deep nesting are built and checked in the solution process (support.py),
where identity can be seen. Cycles come before aliasing on purpose: a copy without
any memo fails on the cycles (runtime error) before it fails on the aliasing. Two
calls come first: a memo that outlives its call is found there, before it hands
back stale copies elsewhere."""

from judge.testing import asking, expect

# what to say when a copy of a value with a cycle never finishes (a loop with an explicit stack
# and no memo goes round the cycle until the time runs out, with no RecursionError to hint at)
CYCLE_IF_SLOW = ("a copy that does not remember what it already copied goes round the cycle forever: "
                 "keep each container's copy in a dict keyed by id() of the original")


def check_plain(solution, support, verdict_of, value, note=None):
    # New, equal and the input unchanged, checked in the solution process (call_unchanged cannot
    # be used: a wrong copy may be cyclic, which plain data cannot carry); then equal type for
    # type here, where the judge compares.
    with asking(f"deep_copy({value!r})"):
        report = support.check_plain(value, value)
    verdict_of(report, f"deep_copy({value!r})", cyclic=False)
    expect(solution.deep_copy(value), value, note=note or "the copy equals the original, type for type")


# each case of support.CASES, as the learner would say it
ASKED = {
    "self_list": "deep_copy of a list that contains itself",
    "self_dict": "deep_copy of a dict that contains itself",
    "two_lists_in_a_cycle": "deep_copy of two lists that contain each other",
    "cycle_through_a_tuple": "deep_copy of a list that contains a tuple that contains the list",
    "shared_list": "deep_copy of a list that holds the same list twice",
    "shared_everywhere": "deep_copy of a dict whose parts are shared in several places",
    "equal_but_distinct": "deep_copy of a list of equal but different lists, dicts and sets",
    "deep_lists": "deep_copy of lists nested 500 deep",
    "deep_dicts": "deep_copy of dicts nested 500 deep",
    "deep_mixed": "deep_copy of lists, tuples and dicts nested 500 deep",
}


def check_case(support, verdict_of, name, cyclic):
    with asking(ASKED[name], if_slow=CYCLE_IF_SLOW if cyclic else None):
        report = support.check_case(name)
    verdict_of(report, f"deep_copy(x) where {report['input']}", cyclic=cyclic)


def test_each_call_makes_a_copy_of_its_own(support, verdict_of):
    with asking("deep_copy(x), then deep_copy(x) again after changing the first copy (x = [[1, 2], {'a': [3]}])"):
        report = support.copy_twice()
    verdict_of(report, report["input"], cyclic=False)


# plain values ------------------------------------------------------------------------------


def test_nested_lists_are_new_lists(solution, support, verdict_of):
    check_plain(solution, support, verdict_of, [[1, 2], [3, [4, 5]], []])


def test_dicts_and_sets_inside(solution, support, verdict_of):
    check_plain(solution, support, verdict_of, {"a": [1, 2], "b": {"c": {3, 4}}, (1, 2): "tuple key", 7: set()})
    check_plain(solution, support, verdict_of, [{"x"}, {"y": {"z": [None]}}])


def test_atoms(solution, support, verdict_of):
    for atom in (5, -2.5, "text", b"\x00bytes", True, False, None, 1 + 2j, frozenset({1, "a"}), 10**30, ""):
        check_plain(solution, support, verdict_of, atom)
    check_plain(solution, support, verdict_of, [5, -2.5, "text", b"b", True, None, 3j, frozenset({1, 2})])


def test_types_are_kept(solution, support, verdict_of):
    check_plain(solution, support, verdict_of, [True, 1, 1.0, (1,), [1], {1}, frozenset({1})],
                note="a bool stays a bool, a tuple a tuple, a set a set")
    check_plain(solution, support, verdict_of, {True: "bool key", 2: (False, 0.0)})


def test_empty_containers(solution, support, verdict_of):
    for empty in ([], {}, set(), (), frozenset()):
        check_plain(solution, support, verdict_of, empty)
    check_plain(solution, support, verdict_of, [[], {}, set(), ()])


def test_a_tuple_holding_a_list_is_copied(solution, support, verdict_of):
    check_plain(solution, support, verdict_of, ([1, 2], "tail"))
    check_plain(solution, support, verdict_of, [((1, [2]),), (3, 4)])
    check_plain(solution, support, verdict_of, {"k": ({"inner": [1]},)})


# cycles --------------------------------------------------------------------------------------


def test_a_list_that_contains_itself(support, verdict_of):
    check_case(support, verdict_of, "self_list", cyclic=True)


def test_a_dict_that_contains_itself(support, verdict_of):
    check_case(support, verdict_of, "self_dict", cyclic=True)


def test_two_lists_in_a_cycle(support, verdict_of):
    check_case(support, verdict_of, "two_lists_in_a_cycle", cyclic=True)


def test_a_cycle_through_a_tuple(support, verdict_of):
    check_case(support, verdict_of, "cycle_through_a_tuple", cyclic=True)


# aliasing ------------------------------------------------------------------------------------


def test_the_same_list_twice(support, verdict_of):
    check_case(support, verdict_of, "shared_list", cyclic=False)


def test_shared_parts_everywhere(support, verdict_of):
    check_case(support, verdict_of, "shared_everywhere", cyclic=False)


def test_equal_but_different_containers_stay_different(support, verdict_of):
    check_case(support, verdict_of, "equal_but_distinct", cyclic=False)


# depth ---------------------------------------------------------------------------------------


def test_lists_500_deep(support, verdict_of):
    check_case(support, verdict_of, "deep_lists", cyclic=False)


def test_dicts_500_deep(support, verdict_of):
    check_case(support, verdict_of, "deep_dicts", cyclic=False)


def test_lists_tuples_and_dicts_500_deep(support, verdict_of):
    check_case(support, verdict_of, "deep_mixed", cyclic=False)
