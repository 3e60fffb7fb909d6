"""Wrong: adds the entering item but never subtracts the leaving one, so every "window" starts at index 0."""


def max_sum_k_consecutive(arr, k):
    if not 1 <= k <= len(arr):
        raise ValueError("k out of range")
    window = sum(arr[:k])
    best = window
    for i in range(k, len(arr)):
        window += arr[i]
        best = max(best, window)
    return best
