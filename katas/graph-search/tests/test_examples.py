import importlib.util
from pathlib import Path

from judge.testing import RemoteError, TooSlow, asking, call_unchanged, expect, expect_raises, support

_spec = importlib.util.spec_from_file_location("graph_search_checks", Path(__file__).with_name("checks.py"))
checks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checks)

DAG = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"], "socks": ["shoes"]}


def path(solution, graph, start, goal, note=None):
    got = call_unchanged(solution.shortest_path, graph, start, goal)
    checks.check_path(graph, start, goal, got, f"shortest_path({graph!r}, {start!r}, {goal!r})", note)


def order(solution, graph, note=None):
    got = call_unchanged(solution.topological_order, graph)
    checks.check_order(graph, got, f"topological_order({graph!r})", note)


def test_statement_example(solution):
    graph = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": ["e"]}
    path(solution, graph, "a", "e", note="a -> b -> d -> e and a -> c -> d -> e are both right")
    expect(solution.shortest_path(graph, "e", "a"), None, note="no edge leaves 'e'")
    order(solution, graph)


def test_start_equals_goal(solution):
    expect(solution.shortest_path({1: [2]}, 1, 1), [1], note="a path of no edges")
    expect(solution.shortest_path({1: [1]}, 1, 1), [1], note="a path of no edges, even with a self-loop")


def test_unreachable_is_none(solution):
    expect(solution.shortest_path({1: [2], 3: [4]}, 1, 4), None)
    expect(solution.shortest_path({1: [2], 2: [1]}, 1, 3), None, note="3 is not in the graph at all")


def test_the_fewest_edges_not_the_first_path_found(solution):
    note = "0 -> 5 -> 6 has two edges; a depth-first walk may find the long way first"
    path(solution, {0: [1, 5], 1: [2], 2: [3], 3: [4], 4: [6], 5: [6]}, 0, 6, note=note)
    path(solution, {0: [5, 1], 1: [2], 2: [3], 3: [4], 4: [6], 5: [6]}, 0, 6, note=note)
    note = "s -> b -> t has two edges"
    path(solution, {"s": ["a", "b"], "a": ["c"], "c": ["t"], "b": ["t"]}, "s", "t", note=note)
    path(solution, {"s": ["b", "a"], "a": ["c"], "c": ["t"], "b": ["t"]}, "s", "t", note=note)
    path(solution, {"s": ["a", "b"], "a": ["c"], "c": ["t"], "b": ["c"]}, "s", "t", note="s -> a -> c -> t or s -> b -> c -> t")


def test_edges_are_directed(solution):
    expect(solution.shortest_path({1: [2], 2: []}, 2, 1), None, note="the edge goes from 1 to 2 only")


def test_cycles_do_not_trap_the_search(solution):
    graph = {1: [2], 2: [3, 1], 3: [2, 4], 4: [4]}
    path(solution, graph, 1, 4)
    expect(solution.shortest_path({1: [2], 2: [1]}, 1, 9), None)


def test_nodes_that_only_appear_as_successors(solution):
    graph = {"a": ["b", "c"], "c": ["d"]}
    path(solution, graph, "a", "d", note="'d' has no key of its own, it is still a node")
    expect(solution.shortest_path(graph, "b", "a"), None, note="'b' has no successors: it only appears as one")
    expect(solution.shortest_path(graph, "d", "d"), ["d"])
    order(solution, graph, note="'b' and 'd' only appear as successors; they are nodes too")
    order(solution, {1: [2]}, note="2 only appears as a successor")


def test_empty_graph(solution):
    expect(solution.topological_order({}), [])


def test_isolated_nodes(solution):
    order(solution, {"x": [], "y": [], "z": []})


def test_topological_order_respects_every_edge(solution):
    order(solution, DAG)
    order(solution, {5: [11], 7: [11, 8], 3: [8, 10], 11: [2, 9, 10], 8: [9]})
    order(solution, {4: [], 3: [4], 2: [3], 1: [2]}, note="the keys are listed in reverse order")


def test_repeated_edges(solution):
    order(solution, {1: [2, 2], 2: [3, 3, 3]})
    path(solution, {1: [2, 2], 2: [3, 3]}, 1, 3)


def test_any_hashable_nodes(solution):
    graph = {(0, 0): [(0, 1), (1, 0)], (0, 1): [(1, 1)], (1, 0): [(1, 1)]}
    path(solution, graph, (0, 0), (1, 1))
    order(solution, graph)


def test_a_cycle_is_a_value_error(solution):
    expect_raises("ValueError", solution.topological_order, {1: [2], 2: [3], 3: [1]})
    expect_raises("ValueError", solution.topological_order, {"a": ["a"]}, note="a self-loop is a cycle")
    expect_raises("ValueError", solution.topological_order, {0: [1], 1: [2], 2: [3], 3: [1], 4: [0]},
                  note="the cycle 1 -> 2 -> 3 -> 1 is reached from 4 and 0")
    expect_raises("ValueError", solution.topological_order, {"x": [], "a": ["b"], "b": ["a"]},
                  note="a cycle apart from the rest")


def test_inputs_are_not_changed(solution):
    call_unchanged(solution.topological_order, {"a": ["b"], "b": ["c"], "d": ["c"]})
    call_unchanged(solution.shortest_path, {"a": ["b"], "b": ["c"], "d": ["c"]}, "a", "c")


DEPTH = 200_000
OVER_TIME_S = 2


def _deep(function):
    args = "a chain 0 -> 1 -> ... -> 199,999, from 0 to 199,999" if function == "shortest_path" else "a chain 0 -> 1 -> ... -> 199,999"
    call = f"{function}({args})"
    why = ("a queue of whole paths copies a path per node, O(n²) on a chain; keep a parent link per node instead"
           if function == "shortest_path" else
           "scanning the nodes again for each next node is O(V²); keep the ready nodes in a queue or stack instead")
    try:
        with asking(call, if_slow=why):
            got = support().on_deep_chain(function, DEPTH, OVER_TIME_S)
    except RemoteError as err:
        err.call = call
        raise
    if got == "over time":
        raise TooSlow(f"{call} used more than {OVER_TIME_S} s of CPU time, where an O(V + E) solution needs a fraction of a second: {why}")
    expect(got, "the whole chain in order", call=call, note="[0, 1, ..., 199999] is the only right answer")


def test_a_chain_200_000_deep(solution):
    _deep("topological_order")
    _deep("shortest_path")
