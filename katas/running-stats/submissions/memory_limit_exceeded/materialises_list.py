"""Too much memory: list(values) keeps every item (O(n) memory), then makes two passes over the list."""


def running_stats(values):
    values = list(values)
    if not values:
        raise ValueError("no values")
    n = len(values)
    mean = sum(values) / n
    return n, mean, sum((x - mean) ** 2 for x in values) / n
