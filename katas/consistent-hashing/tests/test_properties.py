"""The ring against the model (conftest.py) through random sequences of additions and removals,
with keys that land anywhere: random ones, ones past the last point, and ones exactly on a
point. Then the contract's two promises about moving keys, on their own, and a large ring
checked against the reference."""

from hypothesis import given, settings
from hypothesis import strategies as st

from judge.testing import (
    WrongAnswer,
    asking,
    expect,
    expect_raises,
    submission,
    support,
)

# Few nodes and few replicas: the ring has a handful of points, so keys past the last one
# (which wrap around) come up all the time. Names with '#', non-ASCII and the empty name too.
POOL = ["a", "b", "c", "d", "db-1", "é", "a#1", ""]
names = st.sampled_from(POOL)
replicas = st.integers(min_value=1, max_value=4)
random_keys = st.one_of(
    st.integers(min_value=-10**6, max_value=10**20),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=6),
)
operations = st.lists(st.tuples(st.sampled_from(["add", "remove"]), names), max_size=8)


def _probes(extra, replicas):
    """The extra keys, and every label f"{name}#{i}" of the pool for i up to replicas: a key
    exactly on each point the ring can have, and on the first one it must not have."""
    return list(extra) + [f"{n}#{i}" for n in POOL for i in range(replicas + 1)]


def _lookups(ring, keys):
    before = "; ".join(ring.history)
    with asking(f"{before}; node_for(k) for k in {keys!r}"):
        return before, support().owners(ring, keys)


def _check(ring, live, replicas, keys, model):
    expect(ring.len(), len(live), note=f"the ring holds {live}")
    if not live:
        expect_raises("LookupError", ring.node_for, "k", note="the ring is empty")
        return
    before, got = _lookups(ring, keys)
    plain = model(live, replicas)
    for key, node, want in zip(keys, got, plain.owners(keys)):
        if node != want:
            expect(node, want, call=f"{before}; node_for({key!r})", note=_where(plain, key))


def _where(plain, key):
    """Where the key sits on the model's ring, in words."""
    text = f"the ring holds {plain.nodes} with {plain.replicas} {'replica' if plain.replicas == 1 else 'replicas'} each"
    points = plain.points()
    at = plain.position(str(key))
    if str(key) in plain.labels():
        return text + f"; the key sits exactly on the virtual point {key}"
    if at > points[-1][0]:
        return text + f"; h({str(key)!r}) is past the last point ({points[-1][1]}'s), so it wraps around to the first ({points[0][1]}'s)"
    return text


@settings(max_examples=120)
@given(start=st.lists(names, unique=True, max_size=4), replicas=replicas, ops=operations,
       extra=st.lists(random_keys, max_size=12))
def test_ring_matches_the_contract(model, start, replicas, ops, extra):
    keys = _probes(extra, replicas)
    ring = submission().HashRing(start, replicas=replicas)
    live = list(start)
    _check(ring, live, replicas, keys, model)
    for op, name in ops:
        if op == "add":
            if name in live:
                expect_raises("ValueError", ring.add_node, name, note=f"{name!r} is already on the ring")
            else:
                expect(ring.add_node(name), None)
                live.append(name)
        else:
            if name not in live:
                expect_raises("KeyError", ring.remove_node, name, note=f"{name!r} is not on the ring")
            else:
                expect(ring.remove_node(name), None)
                live.remove(name)
        _check(ring, live, replicas, keys, model)


@settings(max_examples=60)
@given(start=st.lists(names, unique=True, min_size=1, max_size=4), new=names, replicas=replicas,
       extra=st.lists(random_keys, min_size=1, max_size=20))
def test_adding_a_node_moves_keys_only_to_it(start, new, replicas, extra):
    if new in start:
        new = next(n for n in POOL if n not in start)
    keys = _probes(extra, replicas)
    ring = submission().HashRing(start, replicas=replicas)
    _, before = _lookups(ring, keys)
    ring.add_node(new)
    call, after = _lookups(ring, keys)
    for key, old, now in zip(keys, before, after):
        if now != old:
            expect(now, new, call=f"{call}; node_for({key!r})",
                   note=f"before add_node({new!r}) the key was on {old!r}: adding a node moves only keys to that node")


@settings(max_examples=60)
@given(start=st.lists(names, unique=True, min_size=2, max_size=5), pick=st.integers(min_value=0), replicas=replicas,
       extra=st.lists(random_keys, min_size=1, max_size=20))
def test_removing_a_node_moves_only_its_keys(start, pick, replicas, extra):
    gone = start[pick % len(start)]
    keys = _probes(extra, replicas)
    ring = submission().HashRing(start, replicas=replicas)
    _, before = _lookups(ring, keys)
    ring.remove_node(gone)
    call, after = _lookups(ring, keys)
    for key, old, now in zip(keys, before, after):
        if old != gone:
            expect(now, old, call=f"{call}; node_for({key!r})",
                   note=f"the key was on {old!r}, not on {gone!r}: removing a node moves only the keys it held")
        elif now == gone:
            raise WrongAnswer(f"{call}; node_for({key!r}) returned {gone!r}, a node that was removed")


def test_large_rings_agree_with_the_reference(engine):
    """A fast path that is wrong only on many points is a wrong answer before anything is timed."""
    engine.check_answers("node_for", 4_096, what="HashRing(nodes, replicas) and node_for() on random keys",
                         size_name="points (nodes · replicas)")
