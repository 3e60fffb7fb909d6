"""Runs in the solution process: helpers for the tests that need the caller's very list (a list
sent from the judge's process arrives as a copy, so a change made to it here would never show
there), and the workloads the performance group measures.

Workload embeddings have 16 components, small integers read from the judge's random bytes
(-128 to 127, as floats). Two different random vectors of 16 such components have a cosine
similarity far below 0.99, the workloads' threshold, so a get() hits only the vector it asks
for, and every answer is exact: the response stored with it, or None.
"""

from array import array

DIMENSION = 16
THRESHOLD = 0.99


def put_then_change(cache, embedding, response, replacement):
    """cache.put(embedding, response), then overwrite the caller's list in place with
    `replacement`, as a caller reusing its buffer would. Returns what put returned."""
    result = cache.put(embedding, response)
    embedding[:] = replacement
    return result


def calls_leave_inputs(cache, embedding, response, query):
    """Call cache.put(embedding, response) and cache.get(query) on the very lists, and name the
    calls that changed them."""
    changed = []
    before = list(embedding)
    cache.put(embedding, response)
    if embedding != before:
        changed.append(f"put({before!r}, {response!r}) changed its embedding to {embedding!r}")
    before = list(query)
    cache.get(query)
    if query != before:
        changed.append(f"get({before!r}) changed its embedding to {query!r}")
    return changed


def _vectors(count, rng):
    """`count` random vectors of DIMENSION small integers as floats, none of them zero."""
    flat = array("d", array("b", rng.randbytes(DIMENSION * count))).tolist()
    vectors = [flat[i:i + DIMENSION] for i in range(0, DIMENSION * count, DIMENSION)]
    for vector in vectors:
        if not any(vector):
            vector[0] = 1.0
    return vectors


def workload_put(solution, n, rng):
    """put() against the capacity n: fill a cache of capacity n with n entries, make 2 entries
    of its oldest quarter the most recently used with a hit, put n / 2 more (each evicts the
    least recently used), then ask for the 2 refreshed entries (still there: a hit refreshed
    them), one of the oldest quarter (evicted) and one old entry that survived. put() is O(d)
    plus O(1) eviction on the reference; finding the least recently used entry by a scan costs
    O(n) per put. The 6 gets are O(n · d) each, which is what the contract allows. Returns
    every get's answer (the response put with that vector, or None)."""
    vectors = _vectors(n + n // 2, rng)
    cache = solution.SemanticCache(n, THRESHOLD)
    for i in range(n):
        cache.put(vectors[i], i)
    quarter = max(4, n // 4)
    refreshed = rng.sample(range(quarter), 2)
    answers = [cache.get(vectors[i]) for i in refreshed]
    for i in range(n, n + n // 2):
        cache.put(vectors[i], i)
    evicted = rng.choice([i for i in range(quarter) if i not in refreshed])
    survivor = rng.randrange(n // 2 + 2, n)
    answers += [cache.get(vectors[i]) for i in [*refreshed, evicted, survivor]]
    return answers


def workload_get(solution, n, rng):
    """get() against the number of entries n: fill a cache of capacity n with n entries, then 8
    gets: 4 of stored vectors (hits, each refreshing its entry) and 4 of new vectors (misses).
    Each get compares the query with the n entries once, O(n · d); finding the most recently
    used among equal similarities must not cost more (a position looked up in a recency list
    for every entry makes a get O(n²)). Returns every get's answer."""
    vectors = _vectors(n + 4, rng)
    cache = solution.SemanticCache(n, THRESHOLD)
    for i in range(n):
        cache.put(vectors[i], i)
    asked = rng.sample(range(n), 4) + list(range(n, n + 4))
    rng.shuffle(asked)
    return [cache.get(vectors[i]) for i in asked]
