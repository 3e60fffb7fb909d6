"""Compile error: a missing colon after the for statement."""


def max_sum_k_consecutive(arr, k):
    window = sum(arr[:k])
    best = window
    for i in range(k, len(arr))
        window += arr[i] - arr[i - k]
        best = max(best, window)
    return best
