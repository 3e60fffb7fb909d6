"""Reference: Welford's online algorithm; one pass, three numbers of state, no catastrophic cancellation."""


def running_stats(values) -> tuple[int, float, float]:
    count = 0
    mean = 0.0
    m2 = 0.0  # sum of squared distances from the current mean
    for x in values:
        count += 1
        delta = x - mean
        mean += delta / count
        m2 += delta * (x - mean)
    if count == 0:
        raise ValueError("running_stats() needs at least one value")
    return count, mean, m2 / count
