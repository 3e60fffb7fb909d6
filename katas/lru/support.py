"""Runs in the solution process: the workloads the performance and space groups measure."""

from itertools import chain

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


CAPACITY = 1_024  # the space group's cache: fixed, so what grows with n is only the number of operations
MOD = (1 << 61) - 1


def workload_space(solution, n, rng):
    """Space: a cache of capacity 1,024 and n operations on it, built before the call as two
    lists of keys and a byte per operation (get or put): the largest is about 9 MB. First it is
    filled, then n/2 operations touch only keys it holds (so nothing is evicted: a log of uses
    that is trimmed only when evicting grows all along), then n/2 operations on 1,280 keys, so a
    fifth of them miss and evict. The reference holds its 1,024 nodes whatever n is; a cache that
    keeps a record of every use grows with n. Every get's answer is folded into one running hash
    (the answer), so the answers take no memory that grows with n."""
    held = rng.choices(range(CAPACITY), k=n // 2)
    mixed = rng.choices(range(CAPACITY + CAPACITY // 4), k=n - n // 2)
    kinds = rng.randbytes(n)
    yield
    cache = solution.LRUCache(CAPACITY)
    for key in range(CAPACITY):
        cache.put(key, key)
    fold = 0
    for i, key in enumerate(chain(held, mixed)):
        if kinds[i] & 1:
            fold = (fold * 1_000_003 + cache.get(key)) % MOD
        else:
            cache.put(key, i)
    return [fold, len(cache)]
