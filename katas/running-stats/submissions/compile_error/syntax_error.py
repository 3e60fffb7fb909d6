"""Compile error: a missing closing parenthesis."""


def running_stats(values):
    count, mean, m2 = 0, 0.0, 0.0
    for x in values:
        count += 1
        delta = x - mean
        mean += delta / count
        m2 += delta * (x - mean
    return count, mean, m2 / count
