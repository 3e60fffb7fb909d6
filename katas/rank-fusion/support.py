"""Runs in the solution process: the workloads the performance group measures.

Document ids are drawn from the judge's seed for each run, so the rankings are unknowable until
the measurement starts; they are made with C-speed constructs (random choices from a pool of
ids), so building them costs little next to the fusion."""


def _pool(size, rng):
    """`size` distinct ids: a random per-run prefix and a number (string order is not number order)."""
    tag = f"{rng.getrandbits(20):05x}"
    return [f"{tag}-{i}" for i in rng.sample(range(size * 4), size)]


def _fuse(solution, count, length, pool, k, rng):
    ids = _pool(pool, rng)
    return solution.reciprocal_rank_fusion([rng.choices(ids, k=length) for _ in range(count)], k)


HUGE_K = 2**60  # 1/(k + r) for r up to 128 is one float: only exact scores order these documents


def workload_long_rankings(solution, n, rng):
    """Two rankings of n/2 items each, as a retriever of chunks gives them: over a pool of n/8
    documents, so a document comes back about four times in a ranking and only its first
    position counts. k = 2**60, where floats cannot tell ranks apart (neither can math.fsum).
    Returns the fused list."""
    return _fuse(solution, 2, n // 2, n // 8, HUGE_K, rng)


def workload_many_rankings(solution, n, rng):
    """n/2 rankings of 2 items, with k = 60, over a pool of n/4 documents, so each document is in
    about four rankings, at ranks 1 or 2: many documents tie exactly (the same ranks in another
    order), which float sums break in the last bit. Returns the fused list."""
    return _fuse(solution, n // 2, 2, n // 4, 60, rng)
