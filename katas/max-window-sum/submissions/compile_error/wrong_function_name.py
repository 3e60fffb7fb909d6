"""Compile error: the function is called max_window_sum, so the required name max_sum_k_consecutive is missing."""


def max_window_sum(arr, k):
    if not 1 <= k <= len(arr):
        raise ValueError("k out of range")
    window = sum(arr[:k])
    best = window
    for i in range(k, len(arr)):
        window += arr[i] - arr[i - k]
        best = max(best, window)
    return best
