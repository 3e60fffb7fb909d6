from judge.testing import WrongAnswer, asking, call_unchanged, expect

DEPTH = 100_000


def test_statement_example(solution):
    expect(call_unchanged(solution.flatten, [1, [2, [3, [4]], 5]]), [1, 2, 3, 4, 5])


def test_flat_and_empty_input(solution):
    expect(call_unchanged(solution.flatten, []), [])
    expect(call_unchanged(solution.flatten, [1, 2, 3]), [1, 2, 3])


def test_empty_lists_vanish(solution):
    expect(call_unchanged(solution.flatten, [[], [[]], [[], [[]]]]), [], note="empty lists vanish, however deep")
    expect(call_unchanged(solution.flatten, [[], 1, [[], 2], []]), [1, 2], note="empty lists vanish")


def test_order_is_left_to_right(solution):
    expect(call_unchanged(solution.flatten, [[1, [2, 3]], 4, [[5], 6], [[[7]]], 8]), [1, 2, 3, 4, 5, 6, 7, 8])
    expect(call_unchanged(solution.flatten, [[[["a"], "b"], "c"], "d"]), ["a", "b", "c", "d"])


def test_tuples_are_items(solution):
    expect(call_unchanged(solution.flatten, [(1, 2), [(3, [4])], ()]), [(1, 2), (3, [4]), ()],
           note="only lists are opened: a tuple is an item, even one holding a list")


def test_strings_are_items(solution):
    expect(call_unchanged(solution.flatten, ["ab", ["cd", [""]], "e"]), ["ab", "cd", "", "e"],
           note="only lists are opened: a string is an item")


def test_dicts_sets_and_none_are_items(solution):
    expect(call_unchanged(solution.flatten, [{"a": [1]}, None, [None, {}], [{2, 3}]]), [{"a": [1]}, None, None, {}, {2, 3}],
           note="only lists are opened: dicts, sets and None are items")


def test_items_keep_their_types(solution):
    expect(call_unchanged(solution.flatten, [1, [1.0, [True, b"x"]], [0, [False, 0.0]]]), [1, 1.0, True, b"x", 0, False, 0.0])


def test_input_is_not_changed(solution):
    call_unchanged(solution.flatten, [3, [1, [4, [1, [5]]]], [[9, 2], 6], [], [[5, 3]], 5])


def test_moderately_deep_input(solution):
    nested = []
    for k in reversed(range(60)):
        nested = [k, nested]
    expect(call_unchanged(solution.flatten, nested), list(range(60)))


STEP = 1_000  # deep inputs carry items every STEP levels: the test is about depth, not about many items
MARKS = list(range(0, DEPTH, STEP))


# the deep inputs as the learner would say them (the call would otherwise read flatten(deep_list(…)))
ASKED = {
    "chain": f"flatten of a list nested {DEPTH:,} levels deep",
    "left": f"flatten of a list nested {DEPTH:,} levels deep in its first item",
    "empty": f"flatten of {DEPTH:,} empty lists nested inside each other",
}
DEEP_IF_SLOW = ("copying or concatenating results at every level costs O(depth²) here: "
                "append every item to one result list, with an explicit stack of the lists being read")


def _deep(solution, support, shape, expected):
    nested = support.deep_list(DEPTH, shape, STEP)
    with asking(ASKED[shape], if_slow=DEEP_IF_SLOW):
        got = solution.flatten(nested)
    expect(got, expected, note=f"the input is nested {DEPTH:,} levels deep, with items every {STEP:,} levels")
    if support.deep_list_intact(nested, DEPTH, shape, STEP) is not True:
        raise WrongAnswer(f"flatten({nested!r}) changed its input: inputs must not be mutated")


def test_100000_levels_deep(solution, support):
    _deep(solution, support, "chain", MARKS + ["bottom"] + [-k - 1 for k in reversed(MARKS)])


def test_100000_levels_deep_on_the_left(solution, support):
    _deep(solution, support, "left", ["bottom"] + MARKS)


def test_100000_empty_lists_inside_each_other(solution, support):
    _deep(solution, support, "empty", [])
