"""Wrong: only checks k > len(arr), so k = 0 slides an empty window and returns 0 instead of raising ValueError."""


def max_sum_k_consecutive(arr, k):
    if k > len(arr):
        raise ValueError("k is larger than the array")
    window = 0
    for i in range(k):
        window += arr[i]
    best = window
    for i in range(k, len(arr)):
        window += arr[i] - arr[i - k]
        best = max(best, window)
    return best
