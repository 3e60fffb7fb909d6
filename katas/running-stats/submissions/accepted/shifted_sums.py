"""Also accepted: sums of (x - first value) and its square; shifting by a value from the data keeps the terms small."""


def running_stats(values):
    iterator = iter(values)
    for first in iterator:
        break
    else:
        raise ValueError("no values")
    count, total, total_sq = 1, 0.0, 0.0
    for x in iterator:
        d = x - first
        count += 1
        total += d
        total_sq += d * d
    shift = total / count
    return count, float(first + shift), (total_sq - total * shift) / count
