"""Memory-lean statistics over a stream. Run `kata show running-stats` for the full statement."""


def running_stats(values) -> tuple[int, float, float]:
    """(count, mean, population variance) of an iterable of numbers, read once, in O(1) memory.

    `values` may be a generator of millions of items that can be read only once.
    Raise ValueError if it is empty. The variance must be numerically stable: values
    near 1e9 with a small spread must give it to 1e-6 relative error.
    """
    raise NotImplementedError
