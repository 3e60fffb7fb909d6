"""Runs in the solution process: lookups in one round trip for the hidden tests, and the
workload the performance group measures.

The ring is built from node names drawn from the judge's seed, so its points are unknowable
until the measurement starts, and the keys looked up are fresh random integers (plus a few
keys that sit exactly on a virtual point)."""


def owners(ring, keys):
    """[ring.node_for(k) for k in keys], in one round trip."""
    return [ring.node_for(k) for k in keys]


def _lookups(ring, names, replicas, n, rng):
    """2n lookups: random integer keys, and one in 64 a key exactly on a virtual point."""
    keys = [rng.getrandbits(64) for _ in range(2 * n)]
    for j in range(0, 2 * n, 64):
        keys[j] = f"{names[rng.randrange(len(names))]}#{rng.randrange(replicas)}"
    return [ring.node_for(k) for k in keys]


def workload_node_for(solution, n, rng):
    """Two rings of n virtual points each, built by the constructor: n/8 nodes of 8 replicas, and
    4 nodes of n/4 replicas; then 2n lookups on each. Returns every answer."""
    tag = f"{rng.getrandbits(24):06x}"
    answers = []
    for count, replicas in ((n // 8, 8), (4, n // 4)):
        names = [f"{tag}-node-{j}" for j in range(count)]
        ring = solution.HashRing(names, replicas=replicas)
        answers.append(_lookups(ring, names, replicas, n, rng))
        answers.append(len(ring))
    return answers
