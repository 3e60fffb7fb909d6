"""Wrong: a second pass over `values` for the variance; a generator is already used up, so it sees nothing."""


def running_stats(values):
    n = 0
    total = 0.0
    for x in values:
        n += 1
        total += x
    if n == 0:
        raise ValueError("no values")
    mean = total / n
    return n, mean, sum((x - mean) ** 2 for x in values) / n
