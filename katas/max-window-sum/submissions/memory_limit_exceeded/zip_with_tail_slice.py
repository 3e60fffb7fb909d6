"""Too much memory: zip(arr, arr[k:]) slides in O(n) time, but the slice arr[k:] copies n - k items."""


def max_sum_k_consecutive(arr, k):
    if k < 1 or k > len(arr):
        raise ValueError("k out of range")
    window = sum(arr[:k])
    best = window
    for leaving, entering in zip(arr, arr[k:]):
        window += entering - leaving
        best = max(best, window)
    return best
