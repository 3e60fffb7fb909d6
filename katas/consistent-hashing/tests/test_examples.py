from judge.testing import InternalError, asking, expect, expect_raises

NAMES = ["cache-a", "cache-b", "cache-c"]
# rings whose first and last virtual points belong to different nodes, so wrapping around and
# clamping to the last point give different answers
RINGS = ((NAMES, 3), (["east", "west"], 1), (["n1", "n2", "n3", "n4"], 5))


def _owners(support, ring, keys, names, replicas):
    with asking(f"HashRing({names!r}, replicas={replicas}); node_for(k) for k in {keys!r}"):
        return support.owners(ring, keys)


def test_statement_example(solution, model):
    ring = solution.HashRing(NAMES, replicas=3)
    expect(ring.node_for("user:42"), "cache-b")
    expect(ring.node_for("session-9"), "cache-a")
    expect(ring.node_for(20), "cache-c", note="h('20') lies past the last virtual point (cache-b#2), so the key wraps around to the first point, cache-c#1")
    expect(ring.node_for("cache-b#1"), "cache-b", note="the key sits exactly on the virtual point cache-b#1, so it belongs to cache-b, not to the next point's node")
    expect(ring.len(), 3)
    plain = model(NAMES, 3)
    if plain.owners(["user:42", "session-9", 20, "cache-b#1"]) != ["cache-b", "cache-a", "cache-c", "cache-b"]:
        raise InternalError("the statement's example disagrees with the model")


def test_keys_past_the_last_point_wrap_around_to_the_first(solution, support, model):
    for names, replicas in RINGS:
        plain = model(names, replicas)
        points = plain.points()
        (_, first_node), (last, last_node) = points[0], points[-1]
        if first_node == last_node:
            raise InternalError(f"{names}: the first and last points belong to one node; pick other names")
        past = [k for k in range(5_000) if model.position(str(k)) > last][:4]
        got = _owners(support, solution.HashRing(names, replicas=replicas), past, names, replicas)
        for key, node in zip(past, got):
            expect(node, first_node, call=f"HashRing({names!r}, replicas={replicas}); node_for({key!r})",
                   note=f"h('{key}') is past the last virtual point (one of {last_node}'s): the key wraps around to the first point, one of {first_node}'s")


def test_a_key_exactly_on_a_point_belongs_to_that_points_node(solution, support, model):
    for names, replicas in RINGS:
        labels = model(names, replicas).labels()
        got = _owners(support, solution.HashRing(names, replicas=replicas), labels, names, replicas)
        for label, node in zip(labels, got):
            expect(node, label.rsplit("#", 1)[0], call=f"HashRing({names!r}, replicas={replicas}); node_for({label!r})",
                   note=f"h({label!r}) is exactly the position of the virtual point {label}: a key on a point belongs to that point's node")


def test_virtual_points_are_numbered_from_zero(solution, support, model):
    for names, replicas in RINGS:
        plain = model(names, replicas)
        keys = [f"{n}#{i}" for n in names for i in (0, replicas)] + list(range(40))
        got = _owners(support, solution.HashRing(names, replicas=replicas), keys, names, replicas)
        for key, node, want in zip(keys, got, plain.owners(keys)):
            expect(node, want, call=f"HashRing({names!r}, replicas={replicas}); node_for({key!r})",
                   note=f"node n has the points n#0 … n#{replicas - 1} (i in range(replicas))")


def test_default_is_100_replicas(solution, support, model):
    names = ["alpha", "beta", "gamma"]
    keys = [f"alpha#{i}" for i in (0, 50, 99, 100)] + [f"user:{i}" for i in range(60)]
    ring = solution.HashRing(names)
    with asking(f"HashRing({names!r}); node_for(k) for k in {keys!r}"):
        got = support.owners(ring, keys)
    for key, node, want in zip(keys, got, model(names).owners(keys)):
        expect(node, want, call=f"HashRing({names!r}); node_for({key!r})", note="replicas defaults to 100")


def test_any_key_sits_at_the_hash_of_its_str(solution, model):
    ring, plain = solution.HashRing(NAMES, replicas=3), model(NAMES, 3)
    for key in (20, "20", -7, 3.5, None, True, (1, 2), "", "ключ", "🔑"):
        expect(ring.node_for(key), plain.owner(key), note=f"the key sits at h(str(key)) = h({str(key)!r})")


def test_len_counts_nodes(solution):
    expect(solution.HashRing().len(), 0)
    ring = solution.HashRing(("a", "b"), replicas=2)
    expect(ring.len(), 2)
    expect(ring.add_node("c"), None)
    expect(ring.len(), 3)
    expect(ring.remove_node("a"), None)
    expect(ring.len(), 2)


def test_add_and_remove_nodes(solution, support, model):
    keys = [f"user:{i}" for i in range(50)] + ["a#0", "b#1", "c#2", "d#0"]
    ring = solution.HashRing(["a", "b"], replicas=3)
    live = ["a", "b"]
    for op, name in (("add_node", "c"), ("add_node", "d"), ("remove_node", "b"), ("remove_node", "d")):
        expect(getattr(ring, op)(name), None)
        live = live + [name] if op == "add_node" else [n for n in live if n != name]
        before = "; ".join(ring.history)
        with asking(f"{before}; node_for(k) for k in {keys!r}"):
            got = support.owners(ring, keys)
        for key, node, want in zip(keys, got, model(live, 3).owners(keys)):
            expect(node, want, call=f"{before}; node_for({key!r})", note=f"the ring holds {live}")


def test_empty_ring_raises_lookup_error(solution):
    expect_raises("LookupError", solution.HashRing().node_for, "user:1", note="the ring has no node")
    expect_raises("LookupError", solution.HashRing([], replicas=5).node_for, 7, note="the ring has no node")
    ring = solution.HashRing(["a"], replicas=2)
    ring.remove_node("a")
    expect_raises("LookupError", ring.node_for, "user:1", note="its only node was removed")


def test_replicas_below_one_are_refused(solution):
    for replicas in (0, -1):
        expect_raises("ValueError", solution.HashRing, ["a", "b"], replicas=replicas)
        expect_raises("ValueError", solution.HashRing, (), replicas=replicas)


def test_duplicate_names_are_refused(solution):
    expect_raises("ValueError", solution.HashRing, ["a", "b", "a"], note="'a' is named twice")
    ring = solution.HashRing(["a", "b"], replicas=2)
    expect_raises("ValueError", ring.add_node, "b", note="'b' is already on the ring")
    expect(ring.len(), 2, note="adding an existing name was refused, so nothing changed")


def test_removing_an_absent_node_is_a_key_error(solution):
    ring = solution.HashRing(["a", "b"], replicas=2)
    expect_raises("KeyError", ring.remove_node, "c", note="'c' was never added")
    ring.remove_node("a")
    expect_raises("KeyError", ring.remove_node, "a", note="'a' was already removed")
    expect(ring.len(), 1)
