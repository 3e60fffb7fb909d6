"""Too slow: keeps every value seen so far and recomputes the mean from all of them after each new
value (to keep a "running" mean up to date), then the variance from the list: O(n²) time, and a
list of the whole input too."""


def running_stats(values):
    seen = []
    mean = 0.0
    for x in values:
        seen.append(x)
        mean = sum(seen) / len(seen)
    if not seen:
        raise ValueError("no values")
    return len(seen), mean, sum((x - mean) ** 2 for x in seen) / len(seen)
