"""Random small graphs against plain models: BFS distances for the shortest path, and the
edges themselves (plus a cycle check) for the topological order."""

import importlib.util
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from judge.testing import call_unchanged, expect_raises, submission

_spec = importlib.util.spec_from_file_location("graph_search_checks", Path(__file__).with_name("checks.py"))
checks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checks)


@st.composite
def graphs(draw, acyclic):
    """Nodes 0..7 (some only as successors, some not at all); with acyclic, edges go from an
    earlier to a later node of a random ranking."""
    n = draw(st.integers(min_value=1, max_value=8))
    rank = draw(st.permutations(range(n)))
    graph = {}
    for u in draw(st.lists(st.integers(min_value=0, max_value=n - 1), unique=True, max_size=n)):
        successors = draw(st.lists(st.integers(min_value=0, max_value=n - 1), max_size=4))
        if acyclic:
            successors = [v for v in successors if rank.index(u) < rank.index(v)]
        graph[u] = successors
    return graph


@settings(max_examples=150)
@given(graph=graphs(acyclic=False), data=st.data())
def test_shortest_path_matches_bfs(graph, data):
    nodes = checks.nodes_of(graph)
    if not nodes:
        return
    start = data.draw(st.sampled_from(nodes), label="start")
    reachable = [v for v in nodes if checks.distance(graph, start, v) is not None]
    # Mostly a goal that can be reached (where a depth-first path shows), sometimes any node.
    goal = data.draw(st.sampled_from(reachable) | st.sampled_from(nodes), label="goal")
    got = call_unchanged(submission().shortest_path, graph, start, goal)
    checks.check_path(graph, start, goal, got, f"shortest_path({graph!r}, {start!r}, {goal!r})")


@st.composite
def routes(draw):
    """Several routes of different lengths from node 0 to node 1, sharing no other node,
    successors in random order: only a breadth-first search is sure to pick the shortest."""
    graph = {}
    label = 2
    for inner in draw(st.lists(st.integers(min_value=0, max_value=4), min_size=2, max_size=4)):
        previous = 0
        for _ in range(inner):
            graph.setdefault(previous, []).append(label)
            previous, label = label, label + 1
        graph.setdefault(previous, []).append(1)
    return {node: draw(st.permutations(successors)) for node, successors in graph.items()}


@settings(max_examples=100)
@given(graph=routes())
def test_shortest_of_several_routes(graph):
    got = call_unchanged(submission().shortest_path, graph, 0, 1)
    checks.check_path(graph, 0, 1, got, f"shortest_path({graph!r}, 0, 1)")


@settings(max_examples=150)
@given(graph=graphs(acyclic=True))
def test_topological_order_of_a_dag(graph):
    got = call_unchanged(submission().topological_order, graph)
    checks.check_order(graph, got, f"topological_order({graph!r})")


@settings(max_examples=150)
@given(graph=graphs(acyclic=False))
def test_topological_order_or_value_error(graph):
    if checks.has_cycle(graph):
        expect_raises("ValueError", submission().topological_order, graph, note="the graph has a cycle")
    else:
        got = call_unchanged(submission().topological_order, graph)
        checks.check_order(graph, got, f"topological_order({graph!r})")


def test_large_graphs_match_the_reference(engine):
    # The graphs the performance group measures, at a size it uses, and large random graphs
    # that no workload times: on each, every answer must be the reference's (a path of the
    # same length, an order that holds, or ValueError). A depth-first path is longer on all
    # of them, whoever calls.
    for workload, what in (
        ("shortest_path_wide", "shortest_path() from a node with 7n/8 successors"),
        ("shortest_path_deep", "shortest_path() through a row of n/4 diamonds"),
        ("topological_order", "topological_order() of a wide and deep graph"),
        ("random_graphs", "shortest_path() and topological_order() on random graphs"),
    ):
        engine.check_answers(workload, 3_125, what=what, size_name="n (nodes)")
