"""Runs in the solution process: the workloads the performance and space groups measure."""

from itertools import chain

from kata_probes import COUNTS, CountingKey


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


# LeetCode 146 (lru-cache) ------------------------------------------------------------------------
# Its domain: 1 <= capacity <= 3000, 0 <= key <= 10^4, 0 <= value <= 10^5. The workloads below
# keep to it, and to the int keys a LeetCode file may index a list with; the tests choose them
# when variant() is "lru-cache" (the reference runs the same workload, on the same inputs).
LEETCODE_KEYS = 10_001  # keys 0..10^4
LEETCODE_VALUES = 100_001  # values 0..10^5


class CountingInt(int):
    """An int key (0..10^4) that counts its hash and == as CountingKey does, so a LeetCode file
    that scans its keys is found by count as well as by time; being an int, it also indexes a
    list, as a LeetCode file written to the 0..10^4 domain may do."""

    __slots__ = ()

    def __hash__(self) -> int:
        COUNTS["hash"] += 1
        return int.__hash__(self)

    def __eq__(self, other):
        COUNTS["eq"] += 1
        return int.__eq__(self, other)

    def __ne__(self, other):
        COUNTS["eq"] += 1
        return int.__ne__(self, other)


def _leetcode_key(k):
    """Key number k (from -n/4 to 2n, capacity n <= 3000) as a fresh key in 0..10^4: the span is
    under 10,001, so distinct numbers stay distinct keys, and the negative ones (never put) miss."""
    return CountingInt(k % LEETCODE_KEYS)


def workload_get_put_leetcode(solution, n, rng):
    """workload_get_put in LeetCode 146's domain (capacity n <= 3000): the same rounds of a new
    key's put (which evicts), a get from anywhere in the last 1.25 n keys put, and an update of a
    recent key, on fresh int keys in 0..10^4 and values in 0..10^5. Returns every get's answer."""
    cache = solution.LRUCache(n)
    for i in range(n):
        cache.put(_leetcode_key(i), i)
    reach, recent = n + n // 4, max(1, n // 2)
    answers = []
    for k in range(n, 2 * n):
        cache.put(_leetcode_key(k), k)
        answers.append(cache.get(_leetcode_key(k - 1 - rng.randrange(reach))))
        cache.put(_leetcode_key(k - 1 - rng.randrange(recent)), LEETCODE_VALUES - 1 - k)
    return answers


def workload_space_leetcode(solution, n, rng):
    """workload_space in LeetCode 146's domain: the same cache of capacity 1,024 and n gets and
    puts on keys 0..1,279, with values in 0..10^5, and no len() (LeetCode's LRUCache has none).
    Returns the running hash of every get's answer."""
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
            cache.put(key, i % LEETCODE_VALUES)
    return [fold]
