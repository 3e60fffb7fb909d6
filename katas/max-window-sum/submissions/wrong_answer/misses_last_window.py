"""Wrong: updates best before sliding, so the last window is computed but never compared."""


def max_sum_k_consecutive(arr, k):
    if not 1 <= k <= len(arr):
        raise ValueError("k out of range")
    window = sum(arr[:k])
    best = window
    for i in range(k, len(arr)):
        best = max(best, window)
        window += arr[i] - arr[i - k]
    return best
