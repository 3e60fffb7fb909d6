"""Runs in the solution process: the workloads the performance group measures."""

from kata_probes import CountingKey

OPS = 2000
_RANDOM = [(i * 2654435761) % 4294967291 for i in range(4096)]


def workload_get_put(solution, n):
    """A full cache of capacity n. Each step puts a new key (which evicts) and gets a
    key put at a pseudo-random point of the last (n-1)/2 steps, which is still held,
    through a fresh equal key object, so a cache that scans its keys has to call ==."""
    cache = solution.LRUCache(n)
    width = 4 * n
    keys = [CountingKey(i) for i in range(width)]
    probes = [CountingKey(i) for i in range(width)]
    for i in range(n):
        cache.put(keys[i], i)
    window = max(1, (n - 1) // 2)
    state = {"next": n}

    def run():
        start = state["next"]
        for k in range(start, start + OPS // 2):
            cache.put(keys[k % width], k)
            cache.get(probes[(k - _RANDOM[k % 4096] % window) % width])
        state["next"] = start + OPS // 2

    return run, OPS
