"""Also accepted: iterators instead of indices; islice walks the array without copying it."""

from itertools import islice


def max_sum_k_consecutive(arr, k):
    if not isinstance(k, int) or k <= 0 or k > len(arr):
        raise ValueError(f"need 1 <= k <= {len(arr)}")
    window = sum(islice(arr, k))
    best = window
    for leaving, entering in zip(arr, islice(arr, k, None)):
        window += entering - leaving
        best = window if window > best else best
    return best
