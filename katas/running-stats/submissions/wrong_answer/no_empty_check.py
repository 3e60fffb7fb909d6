"""Wrong: no check for empty input, so it raises ZeroDivisionError instead of ValueError."""


def running_stats(values):
    count = 0
    mean = 0.0
    m2 = 0.0
    for x in values:
        count += 1
        delta = x - mean
        mean += delta / count
        m2 += delta * (x - mean)
    return count, mean, m2 / count
