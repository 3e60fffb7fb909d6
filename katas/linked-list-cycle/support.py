"""Runs in the solution process: the judge's own list nodes, calls on lists built here
(each followed by a check that the call left every node exactly as it was), and the
workloads the performance and space groups measure.

Nodes never cross to the judge: a call's result comes back described as plain data,
("node", i) for the i-th node of the list, so identity is checked here, where it lives.
"""

import reprlib
import sys

_short = reprlib.Repr()
_short.maxlist = 8
_short.maxother = _short.maxstring = 30


class ListNode:
    """The judge's node: .val and .next. A plain class, so a solution that marks nodes
    with an attribute can do so, and is caught afterwards."""

    def __init__(self, val, next=None):
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val!r})"


def build(values, pos):
    """Nodes with these values, linked in order; the last one links back to nodes[pos]
    (pos None: no cycle). Returns the list of nodes (empty for no values)."""
    nodes = [ListNode(v) for v in values]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if nodes and pos is not None:
        nodes[-1].next = nodes[pos]
    return nodes


def _where(nodes, index, obj) -> str:
    if obj is None:
        return "None"
    i = index.get(id(obj))
    if i is not None and nodes[i] is obj:
        return f"node {i}"
    return f"an object of type {type(obj).__name__} that is not in the list"


def _first_change(nodes, snapshot) -> str | None:
    """What the call changed in the list, or None. Every node must hold exactly .val and
    .next, the very objects it held before (a node may be marked and restored)."""
    index = {id(node): i for i, node in enumerate(nodes)}
    for i, (node, before) in enumerate(zip(nodes, snapshot)):
        now = vars(node)
        extra = sorted(set(now) - {"val", "next"})
        if extra:
            return f"left node {i} with a new attribute .{extra[0]} = {_short.repr(now[extra[0]])}"
        if "val" not in now or now["val"] is not before[0]:
            return f"changed node {i}'s .val from {_short.repr(before[0])} to {_short.repr(now.get('val', '(deleted)'))}"
        if "next" not in now or now["next"] is not before[1]:
            new = _where(nodes, index, now["next"]) if "next" in now else "(deleted)"
            return f"changed node {i}'s .next from {_where(nodes, index, before[1])} to {new}"
    return None


def describe_result(nodes, result):
    """(comparable plain key, how to show it) for what a submission returned."""
    if result is None:
        return None, "None"
    if type(result) is bool:
        return result, repr(result)
    for i, node in enumerate(nodes):
        if result is node:
            return ["node", i], f"node {i} (val {_short.repr(node.val)})"
    if isinstance(result, ListNode):
        return ["foreign node"], f"a node that is not in the list (val {_short.repr(result.val)})"
    return ["other", type(result).__name__], f"{_short.repr(result)} (a {type(result).__name__})"


def call_on_list(function, values, pos):
    """Build the list here, call solution.<function>(head), and report
    [key, shown, change]: the result as comparable plain data, how to show it, and
    what the call changed in the list (None if nothing)."""
    solution = sys.modules["solution"]
    nodes = build(values, pos)
    snapshot = [(node.val, node.next) for node in nodes]
    head = nodes[0] if nodes else None
    result = getattr(solution, function)(head)
    key, shown = describe_result(nodes, result)
    return [key, shown, _first_change(nodes, snapshot)]


# workloads ------------------------------------------------------------------------
# The list has n nodes; the tail links back to the middle node, so both the tail
# (n/2 nodes) and the cycle (n/2 nodes) grow with n. A call is O(n), so each run
# repeats it enough times to be well above the clock's noise at small n.
def _calls(n: int) -> int:
    return max(1, 2_000 // n)


def workload_has_cycle(solution, n):
    """has_cycle on a list whose tail links back to its middle node, and on a list without a cycle."""
    cyclic = build(range(n), n // 2)[0]
    straight = build(range(n), None)[0]
    calls = _calls(n)

    def run():
        for _ in range(calls):
            solution.has_cycle(cyclic)
            solution.has_cycle(straight)

    return run, calls


def workload_cycle_start(solution, n):
    """cycle_start on a list whose tail links back to its middle node."""
    head = build(range(n), n // 2)[0]
    calls = _calls(n)

    def run():
        for _ in range(calls):
            solution.cycle_start(head)

    return run, calls


def workload_space(solution, n):
    """One has_cycle and one cycle_start on a list of n nodes whose tail links back to its middle."""
    head = build(range(n), n // 2)[0]

    def run():
        solution.has_cycle(head)
        solution.cycle_start(head)

    return run, 1
