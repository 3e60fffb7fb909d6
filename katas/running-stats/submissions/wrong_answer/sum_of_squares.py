"""Wrong: variance as E[x²] - E[x]², which cancels catastrophically for values near 1e9 with a small spread."""


def running_stats(values):
    n = 0
    total = 0.0
    total_sq = 0.0
    for x in values:
        n += 1
        total += x
        total_sq += x * x
    if n == 0:
        raise ValueError("no values")
    mean = total / n
    return n, mean, total_sq / n - mean * mean
