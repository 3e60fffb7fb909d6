"""Runs in the solution process: the workload the performance group measures."""

from kata_probes import CountingKey


def workload_get_put(solution, n, rng):
    """A cache of capacity n filled with n keys, then n rounds of: put a new key (which evicts),
    get a key that is still held, and put a new value for another held key (an update). The
    held keys come as fresh equal key objects, so a cache that scans its keys has to call ==.
    Returns every get's answer."""
    cache = solution.LRUCache(n)
    for i in range(n):
        cache.put(CountingKey(i), i)
    window = max(1, (n - 1) // 2)
    answers = []
    for k in range(n, 2 * n):
        cache.put(CountingKey(k), k)
        answers.append(cache.get(CountingKey(k - 1 - rng.randrange(window))))
        cache.put(CountingKey(k - 1 - rng.randrange(window)), -k)
    return answers
