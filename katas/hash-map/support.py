"""Runs in the solution process: the workload the performance group measures (with keys that
count their hash() and == calls), and helpers that save the hidden tests many round trips."""

import sys

from kata_probes import CountingKey


def _phases(m, keys, fresh, rng):
    """The calls both workloads make on a map `m` filled from empty with `keys` (values 0…n-1):
    n/2 updates of held keys, n/2 gets (present and absent keys alternate), n/4 removes,
    then n/4 `in` (removed and held keys alternate), each through a fresh equal key object
    made by `fresh`. Returns every answer, and the size after each phase."""
    n = len(keys)
    answers = []
    for i, key in enumerate(keys):
        m.put(key, i)
    answers.append(len(m))
    held = [rng.randrange(n) for _ in range(n // 2)]
    for j in held:
        m.put(fresh(keys[j]), -j)  # an update: the key is already there
    answers.append(len(m))
    absent = rng.getrandbits(63) | (1 << 63)  # never a stored key (those are below 2**62)
    for t, j in enumerate(held):
        answers.append(m.get(fresh(keys[j]) if t % 2 else fresh(absent + t), "absent"))
    gone = rng.sample(range(n), n // 4)
    for j in gone:
        m.remove(fresh(keys[j]))
    answers.append(len(m))
    for t, j in enumerate(gone):
        answers.append(fresh(keys[j if t % 2 else held[t]]) in m)
    return answers


def _value(key):
    return key.value if type(key) is CountingKey else key


def workload_operations(solution, n, rng):
    """A map filled from empty with n keys that count their hash() and == calls, then updates,
    gets, removes and `in` (see _phases). Growing from empty is part of the run, so resizing
    counts, averaged over the n puts; every later call uses a fresh, equal key object, so a
    lookup must call == and a map that walks a list of its keys shows in the counts."""
    keys = [CountingKey(v) for v in _distinct(n, rng)]
    return _phases(solution.HashMap(), keys, lambda k: CountingKey(_value(k)), rng)


def workload_int_keys(solution, n, rng):
    """Plain int keys, whose hash() and == run in C, at sizes large enough that a table that
    stops growing (a fixed number of buckets scanned with list.index or `in`, fast C loops)
    shows its O(n / buckets) scans against a table that grows: n puts from empty, n/2 gets
    of absent keys (a whole bucket scanned each), n/4 updates, n/4 removes and n/4 `in` of
    absent keys, each through a fresh int object. Returns every answer and the sizes."""
    keys = _distinct(n, rng)
    m = solution.HashMap()
    for i, key in enumerate(keys):
        m.put(key, i)
    answers = [len(m)]
    absent = [k | (1 << 62) for k in rng.sample(range(1 << 62), n // 2)]  # never stored
    answers += [m.get(k, -1) for k in absent]
    for j in rng.sample(range(n), n // 4):
        m.put(keys[j] + 0, -j)
    answers.append(len(m))
    for j in rng.sample(range(n), n // 4):
        m.remove(keys[j] + 0)
    answers.append(len(m))
    answers += [k in m for k in absent[: n // 4]]
    return answers


def _distinct(n, rng):
    """n distinct random ints below 2**62 (a fresh set of keys per measurement)."""
    return rng.sample(range(1 << 62), n)


def filled(n):
    """A HashMap after put(k, k * k) for k in range(n) (one call instead of n round trips)."""
    m = sys.modules["solution"].HashMap()
    for k in range(n):
        m.put(k, k * k)
    return m


def get_each(m, keys, default):
    """[m.get(k, default) for k in keys], in one round trip (the hidden tests check every key after a remove)."""
    return [m.get(k, default) for k in keys]


# LeetCode 706 (design-hashmap) ----------------------------------------------------------------
# Its keys and values are ints in [0, 10**6], which a LeetCode answer may use as list indices or
# reduce with %: no counting keys, no None values, no len and no remove of an absent key (the
# kata raises KeyError, LeetCode does nothing). The same phases, timed, with fresh int objects.
LEETCODE_KEYS = 10**6 + 1


def _leetcode_keys(n, extra, rng):
    """n + extra distinct keys in [0, 10**6]: the first n to put, the others never put."""
    keys = rng.sample(range(LEETCODE_KEYS), n + extra)
    return keys[:n], keys[n:]


def workload_leetcode_operations(solution, n, rng):
    """_phases in LeetCode's terms: n puts from empty (values 0 … n-1), n/2 updates of held keys,
    n/2 gets (held and absent keys alternate), n/4 removes of held keys, then n/4 gets (removed
    and held keys alternate). Returns every answer."""
    keys, absent = _leetcode_keys(n, n // 2, rng)
    m = solution.HashMap()
    for i, key in enumerate(keys):
        m.put(key, i)
    held = [rng.randrange(n) for _ in range(n // 2)]
    for j in held:
        m.put(keys[j] + 0, n + j)  # an update: the key is already there
    answers = [m.get(keys[j] + 0 if t % 2 else absent[t], -1) for t, j in enumerate(held)]
    gone = rng.sample(range(n), n // 4)
    for j in gone:
        m.remove(keys[j] + 0)
    answers += [m.get(keys[j if t % 2 else held[t]] + 0, -1) for t, j in enumerate(gone)]
    return answers


def workload_leetcode_int_keys(solution, n, rng):
    """workload_int_keys in LeetCode's terms: n puts from empty, n/2 gets of absent keys, n/4
    updates, n/4 removes and n/4 more gets of absent keys. Returns every answer."""
    keys, absent = _leetcode_keys(n, n // 2, rng)
    m = solution.HashMap()
    for i, key in enumerate(keys):
        m.put(key, i)
    answers = [m.get(k, -1) for k in absent]
    for j in rng.sample(range(n), n // 4):
        m.put(keys[j] + 0, n + j)
    for j in rng.sample(range(n), n // 4):
        m.remove(keys[j] + 0)
    answers += [m.get(k, -1) for k in absent[: n // 4]]
    answers.append(sum(m.get(k, -1) for k in keys))  # every held key, updated or removed: one number
    return answers
