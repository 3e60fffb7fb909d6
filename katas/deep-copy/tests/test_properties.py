"""Random values against the contract. Plain values (no sharing) must come back equal,
type for type; values drawn as graphs (containers x0, x1, … that refer to each other,
so with shared parts and cycles) must be copied with the same shape, checked in the
solution process by support.compare."""

from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from judge.testing import asking, expect, submission, support

# what to say when a copy of a value with a cycle never finishes (a loop with an explicit stack
# and no memo goes round the cycle until the time runs out, with no RecursionError to hint at)
CYCLE_IF_SLOW = ("a copy that does not remember what it already copied goes round the cycle forever: "
                 "keep each container's copy in a dict keyed by id() of the original")

QUICK = dict(phases=[Phase.explicit, Phase.generate, Phase.shrink])  # no explain phase: it adds nothing here

ATOMS = [0, 1, -7, 2.5, "a", "", b"x", None, True, False, 3j, frozenset({1, 2}), (1, "t")]
KEYS = [0, 1, "a", "b", (1, 2), None, 2.5]
KINDS = ["list", "tuple", "dict", "set"]

atoms = st.sampled_from(ATOMS)
keys = st.sampled_from(KEYS)

plain = st.recursive(
    atoms,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(keys, inner, max_size=3),
        st.sets(keys, max_size=3),
    ),
    max_leaves=12,
)


@settings(max_examples=150, **QUICK)
@given(value=plain)
def test_plain_values_come_back_equal_and_new(value, verdict_of):
    with asking(f"deep_copy({value!r})"):
        report = support().check_plain(value, value)
    verdict_of(report, f"deep_copy({value!r})", cyclic=False)
    expect(submission().deep_copy(value), value, note="the copy equals the original, type for type")


@st.composite
def graphs(draw):
    n = draw(st.integers(min_value=1, max_value=5))
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=n, max_size=n))
    nodes = []
    for k, kind in enumerate(kinds):
        # a tuple refers only to tuples of higher index: it is built after what it holds
        targets = [j for j in range(n) if kind != "tuple" or kinds[j] != "tuple" or j > k]
        item = st.one_of(atoms.map(lambda a: ["atom", a]), st.sampled_from(targets).map(lambda j: ["node", j])) if targets else atoms.map(lambda a: ["atom", a])
        if kind == "set":
            items = draw(st.lists(keys, max_size=3, unique_by=repr))
        elif kind == "dict":
            items = [[key, draw(item)] for key in draw(st.lists(keys, max_size=3, unique_by=repr))]
        else:
            items = draw(st.lists(item, max_size=4))
        nodes.append([kind, items])
    return nodes


def render(nodes) -> str:
    """x0 = [1, x1, x1]; x1 = {'a': x0}"""

    def item(ref):
        return repr(ref[1]) if ref[0] == "atom" else f"x{ref[1]}"

    parts = []
    for k, (kind, items) in enumerate(nodes):
        if kind == "list":
            shown = f"[{', '.join(map(item, items))}]"
        elif kind == "tuple":
            shown = f"({', '.join(map(item, items))}{',' if len(items) == 1 else ''})"
        elif kind == "dict":
            shown = "{" + ", ".join(f"{key!r}: {item(ref)}" for key, ref in items) + "}"
        else:
            shown = "{" + ", ".join(map(repr, items)) + "}" if items else "set()"
        parts.append(f"x{k} = {shown}")
    return "; ".join(parts)


def has_cycle(nodes) -> bool:
    """Does the value x0 contain itself anywhere (a container reachable from itself)?"""
    edges = {k: [ref[1] for ref in (items if kind != "dict" else [r for _, r in items]) if kind != "set" and ref[0] == "node"]
             for k, (kind, items) in enumerate(nodes)}
    state = {}

    def visit(k):  # iterative would be overkill: at most five nodes
        state[k] = "open"
        for j in edges[k]:
            if state.get(j) == "open" or (j not in state and visit(j)):
                return True
        state[k] = "done"
        return False

    return visit(0)


@settings(max_examples=200, **QUICK)
@given(nodes=graphs())
def test_shared_parts_and_cycles_keep_their_shape(nodes, verdict_of):
    call, cyclic = f"deep_copy(x0) where {render(nodes)}", has_cycle(nodes)
    with asking(call, if_slow=CYCLE_IF_SLOW if cyclic else None):
        report = support().check_graph(nodes)
    verdict_of(report, call, cyclic=cyclic)


def test_a_large_shared_and_cyclic_value_matches_the_reference(engine):
    # The value the performance group measures, at a size it uses: its copy's shape (which
    # containers are shared, where the cycles close) must be the reference's.
    engine.check_answers("deep_copy", 4_000, what="deep_copy() of a value of many shared and cyclic containers",
                         size_name="n (containers)")
