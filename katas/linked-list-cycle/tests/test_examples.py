"""Fixed lists, every edge case of the contract. The lists are built in the solution
process from the judge's own nodes (support.call_on_list), the submission is called on
them there, and every call is followed by a check that the list was left as it was."""

import reprlib

from judge.testing import (
    RemoteError,
    WrongAnswer,
    asking,
    expect,
    not_in_variant,
    same,
    support,
    variant,
)

_short = reprlib.Repr()
_short.maxlist = 8

# The functions the problem asks for: LeetCode 141 (linked-list-cycle) asks only hasCycle, LeetCode
# 142 (linked-list-cycle-ii) only detectCycle, which is cycle_start (its has_cycle, derived from it
# by the adapter, is not checked apart).
ASKED = {None: ("has_cycle", "cycle_start"), "linked-list-cycle": ("has_cycle",),
         "linked-list-cycle-ii": ("cycle_start",)}[variant()]

# a call on a list with a cycle that never returns
LOOPS = ("a walk that waits for .next to be None never ends on a list with a cycle: "
         "move a slow pointer one step and a fast one two steps, and stop when they meet")


def describe(values, pos) -> str:
    shown = _short.repr(list(values)) + (f" ({len(values):,} nodes)" if len(values) > 8 else "")
    if not values:
        return "None"
    if pos is None:
        return f"head of {shown}, no cycle"
    return f"head of {shown} whose tail links back to node {pos}"


def call(function, values, pos):
    """The submission's function on a list built in its process: (key, shown, call text)."""
    text = f"{function}({describe(values, pos)})"
    try:
        with asking(text, if_slow=LOOPS if pos is not None else None):
            key, shown, change = support().call_on_list(function, list(values), pos)
    except RemoteError as err:
        err.call = text
        raise
    if change is not None and variant() != "linked-list-cycle":  # LeetCode 141 does not forbid changing the list
        raise WrongAnswer(f"{text} {change}: the list must be left exactly as it was (no marks, no rewired .next)")
    return key, shown, text


def check(values, pos, note=None):
    """has_cycle and cycle_start (those the problem asks) on the same list shape, against what pos says."""
    values = list(values)
    suffix = f": {note}" if note else ""
    if "has_cycle" in ASKED:
        key, shown, text = call("has_cycle", values, pos)
        if not same(key, pos is not None):
            raise WrongAnswer(f"{text} returned {shown}, expected {pos is not None}{suffix}")
    if "cycle_start" not in ASKED:
        return
    key, shown, text = call("cycle_start", values, pos)
    if pos is None:
        if not same(key, None):
            raise WrongAnswer(f"{text} returned {shown}, expected None: there is no cycle{suffix}")
    elif not same(key, ["node", pos]):
        raise WrongAnswer(
            f"{text} returned {shown}, expected node {pos} (val {values[pos]!r}), "
            f"the first node reached twice{suffix}"
        )


def test_statement_example():
    check([3, 2, 0, -4], 1, note="the tail -4 links back to the node holding 2")


def test_no_cycle():
    check([1, 2, 3, 4, 5], None)
    check([7], None)


def test_empty_list(solution):
    if "has_cycle" in ASKED:
        expect(solution.has_cycle(None), False, note="an empty list (head None) has no cycle")
    if "cycle_start" in ASKED:
        expect(solution.cycle_start(None), None, note="an empty list (head None) has no cycle")


def test_single_node_linked_to_itself():
    check([1], 0)


def test_two_nodes():
    check([1, 2], 0, note="the tail links back to the head")
    check([1, 2], 1, note="the tail links to itself")
    check([1, 2], None)


def test_cycle_through_the_head():
    check(list(range(10)), 0, note="the whole list is the cycle")


def test_tail_links_to_itself():
    check(list(range(10)), 9)


def test_meeting_point_is_not_the_start():
    # The tortoise and the hare meet inside the cycle, usually not at its start.
    check(list(range(6)), 2)
    check(list(range(12)), 3)
    check(list(range(7)), 1)


def test_equal_values_are_different_nodes():
    check([5, 5, 5, 5, 5], 3, note="nodes are told apart by identity, not by .val")
    check([0, 0], None, note="two nodes with equal values are not a cycle")


def test_values_of_any_type():
    not_in_variant("LeetCode's node values are ints")
    check([None, "a", (1, 2), 0.5], 2)


def test_long_tail_short_cycle():
    check(list(range(1_000)), 997)


def test_short_tail_long_cycle():
    check(list(range(1_000)), 1)


def test_long_lists_without_cycle():
    check(list(range(5_000)), None)
