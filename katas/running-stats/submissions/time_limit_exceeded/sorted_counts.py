"""Too slow: keeps each distinct value with its count in a sorted list (bisect.insort), to save
memory when values repeat, then computes the statistics from the counts. Inserting a new value
shifts every larger one: cheap while there are few distinct values, O(n) per value, so O(n²),
when most values are new (a stream of random values)."""

import bisect


def running_stats(values):
    keys, counts = [], []
    for x in values:
        i = bisect.bisect_left(keys, x)
        if i < len(keys) and keys[i] == x:
            counts[i] += 1
        else:
            keys.insert(i, x)
            counts.insert(i, 1)
    n = sum(counts)
    if n == 0:
        raise ValueError("no values")
    mean = sum(k * c for k, c in zip(keys, counts)) / n
    return n, float(mean), float(sum(c * (k - mean) ** 2 for k, c in zip(keys, counts)) / n)
