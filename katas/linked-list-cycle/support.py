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
# Every run draws a fresh list from the judge's seed: n nodes whose values are their
# indices, the tail linking back to a node drawn from the middle half (so both the tail
# and the cycle grow with n), and a shorter one with no cycle at all. The answers are what
# has_cycle returned, which node cycle_start returned (by index, identity checked), and
# whether every node's .next is still what it was (marks are the correctness groups' concern).
def _draw(n, rng, cycle=True):
    pos = rng.randrange(n // 4, 3 * n // 4 + 1) if cycle else None
    nodes = build(range(n), pos)
    return nodes, [node.next for node in nodes]


def _both(solution, n, rng, names, intact=True):
    """A list of 3n/4 nodes with a cycle and one of n/4 without, in every run: the engine keeps
    the cheapest of its repeats, so a shape drawn at random per run would let a solution that
    is slow on one shape be measured on the other."""
    answers = []
    for size, cycle in ((n - n // 4, True), (n // 4, False)):
        nodes, nexts = _draw(size, rng, cycle)
        answers.append(_calls(solution, nodes, nexts, names, intact))
    return answers


def _node_key(nodes, result):
    if result is None or type(result) is bool:
        return result
    val = getattr(result, "val", None) if isinstance(result, ListNode) else None
    if type(val) is int and 0 <= val < len(nodes) and nodes[val] is result:
        return ["node", val]
    return ["other", type(result).__name__]


def _intact(nodes, nexts) -> bool:
    """Every node's .next is still the very object it was (nothing rewired)."""
    return all(node.next is following for node, following in zip(nodes, nexts))


def _calls(solution, nodes, nexts, functions, intact=True):
    head = nodes[0]
    answers = [_node_key(nodes, getattr(solution, name)(head)) for name in functions]
    if intact:
        answers.append(_intact(nodes, nexts))
    return answers


def workload_has_cycle(solution, n, rng):
    """has_cycle on a list of n nodes whose tail links back to a node of its middle half (or to nothing)."""
    return _both(solution, n, rng, ("has_cycle",))


def workload_has_cycle_leetcode(solution, n, rng):
    """The same for LeetCode 141, which does not forbid changing the list: only the answers."""
    return _both(solution, n, rng, ("has_cycle",), intact=False)


def workload_cycle_start(solution, n, rng):
    """cycle_start on a list of n nodes whose tail links back to a node of its middle half (or to nothing)."""
    return _both(solution, n, rng, ("cycle_start",))


class _Node:
    """The space group's node: the same two fields, in slots, so that the nodes (the input)
    are small next to a set of them, and a node cannot be marked."""

    __slots__ = ("val", "next")

    def __init__(self, val, next=None):
        self.val = val
        self.next = next


# The kernel counts a cgroup's memory in batches of pages charged ahead per CPU, so a
# reading is off by up to about half a megabyte either way. Both sides hold this much during
# the calls, so that the reference's extra memory is that, give or take the noise, at every
# size (its growth about 1), instead of noise divided by noise.
BALLAST = 1 << 20


def workload_space(solution, n, rng):
    """has_cycle and cycle_start on a list of n nodes whose tail links back to a node of its
    middle half; yields once the nodes are built (they are the input, not extra space). Only
    the head is kept: the answers are checked by walking the list, in O(1) extra space."""
    return (yield from _space(solution, n, rng, ("has_cycle", "cycle_start")))


def workload_space_has_cycle(solution, n, rng):
    """The same, with has_cycle alone (LeetCode 141 asks for nothing else)."""
    return (yield from _space(solution, n, rng, ("has_cycle",)))


def workload_space_has_cycle_leetcode(solution, n, rng):
    """has_cycle alone for LeetCode 141, which does not forbid changing the list: nodes that can
    be marked (no slots), and only the answer is checked."""
    pos = rng.randrange(n // 4, 3 * n // 4 + 1)
    nodes = build(range(n), pos)
    head = nodes[0]
    del nodes
    yield
    ballast = b"\x01" * BALLAST
    answer = solution.has_cycle(head)
    del ballast
    return [answer]


def workload_space_cycle_start(solution, n, rng):
    """The same, with cycle_start alone (LeetCode 142's detectCycle is both questions in one)."""
    return (yield from _space(solution, n, rng, ("cycle_start",)))


def _space(solution, n, rng, functions):
    """The answers of `functions` (has_cycle, cycle_start or both, in that order) on the list,
    then whether the list is intact."""
    pos = rng.randrange(n // 4, 3 * n // 4 + 1)
    head = back = None
    for v in range(n - 1, -1, -1):
        head = _Node(v, head)
        if v == n - 1:
            tail = head
        if v == pos:
            back = head
    tail.next = back
    del tail, back
    yield
    ballast = b"\x01" * BALLAST
    answers = [getattr(solution, name)(head) for name in functions]
    del ballast
    asked = functions[-1] == "cycle_start"
    start = answers[-1] if asked else None
    if asked:
        answers[-1] = ["other", type(start).__name__]
    node, intact = head, True
    for v in range(n):  # each node holds its index, and the tail links back to node pos
        if asked and node is start:
            answers[-1] = ["node", v]
        if type(node) is not _Node or node.val != v:
            intact = False
            break
        node = node.next
    answers.append(intact and type(node) is _Node and node.val == pos)
    return answers
