"""Runs in the solution process: the workload the performance group measures."""

from kata_probes import CountingKey


def workload_get_put(solution, n, rng):
    """A cache of capacity n filled with n keys, then n rounds of: put a new key (which evicts),
    get a key from anywhere in the last 1.25 n keys put (a hit, a miss, or an old key refreshed
    just before it would be evicted: so a FIFO gives other answers than an LRU), and put a new
    value for a recent key (an update). Keys come as fresh equal key objects, so a cache that
    scans its keys has to call ==. Returns every get's answer."""
    cache = solution.LRUCache(n)
    for i in range(n):
        cache.put(CountingKey(i), i)
    reach, recent = n + n // 4, max(1, n // 2)
    answers = []
    for k in range(n, 2 * n):
        cache.put(CountingKey(k), k)
        answers.append(cache.get(CountingKey(k - 1 - rng.randrange(reach))))
        cache.put(CountingKey(k - 1 - rng.randrange(recent)), -k)
    return answers
