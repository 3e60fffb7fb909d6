"""Random lists against the obvious model: with the tail linked back to node pos, the
list has a cycle and it starts at node pos; with pos None there is none."""

import reprlib

from hypothesis import given, settings
from hypothesis import strategies as st

from judge.testing import RemoteError, WrongAnswer, asking, same, support, variant

_short = reprlib.Repr()
_short.maxlist = 8

# The functions the problem asks for: LeetCode 141 (linked-list-cycle) asks only hasCycle, LeetCode
# 142 (linked-list-cycle-ii) only detectCycle, which is cycle_start.
ASKED = {None: ("has_cycle", "cycle_start"), "linked-list-cycle": ("has_cycle",),
         "linked-list-cycle-ii": ("cycle_start",)}[variant()]

# a call on a list with a cycle that never returns
LOOPS = ("a walk that waits for .next to be None never ends on a list with a cycle: "
         "move a slow pointer one step and a fast one two steps, and stop when they meet")


def describe(values, pos) -> str:
    shown = _short.repr(list(values))
    if not values:
        return "None"
    if pos is None:
        return f"head of {shown}, no cycle"
    return f"head of {shown} whose tail links back to node {pos}"


def call(function, values, pos):
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


@st.composite
def lists(draw):
    # Few distinct values, so a solution that compares .val instead of nodes is found.
    values = draw(st.lists(st.integers(min_value=0, max_value=2), max_size=24))
    pos = draw(st.none() | st.integers(min_value=0, max_value=len(values) - 1)) if values else None
    return values, pos


@settings(max_examples=100)
@given(case=lists())
def test_matches_model(case):
    values, pos = case
    if "has_cycle" in ASKED:
        key, shown, text = call("has_cycle", values, pos)
        if not same(key, pos is not None):
            raise WrongAnswer(f"{text} returned {shown}, expected {pos is not None}")
    if "cycle_start" not in ASKED:
        return
    key, shown, text = call("cycle_start", values, pos)
    if pos is None and not same(key, None):
        raise WrongAnswer(f"{text} returned {shown}, expected None: there is no cycle")
    if pos is not None and not same(key, ["node", pos]):
        raise WrongAnswer(f"{text} returned {shown}, expected node {pos}, the first node reached twice")


def test_large_random_lists_match_the_reference(engine):
    # The lists the performance and space groups measure, at a size they use: a fast path that
    # is wrong only on long lists is a wrong answer here, before anything is measured.
    may_change = variant() == "linked-list-cycle"  # LeetCode 141 does not forbid changing the list
    for workload in ASKED:
        name = f"{workload}_leetcode" if may_change else workload
        engine.check_answers(name, 2_000, what=f"{workload}() on a long list", size_name="n (nodes)")
    space = "space" if len(ASKED) == 2 else f"space_{ASKED[0]}" + ("_leetcode" if may_change else "")
    engine.check_answers(space, 2_000, what=" and ".join(f"{f}()" for f in ASKED) + " on a long list", size_name="n (nodes)")
