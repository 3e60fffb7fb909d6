"""Runtime error: the loop runs one step too far and reads arr[len(arr)], an IndexError."""


def max_sum_k_consecutive(arr, k):
    if not 1 <= k <= len(arr):
        raise ValueError("k out of range")
    window = sum(arr[:k])
    best = window
    for i in range(k, len(arr) + 1):
        window += arr[i] - arr[i - k]
        best = max(best, window)
    return best
