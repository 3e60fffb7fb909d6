"""Wrong: turns arr into prefix sums in place to save memory, which changes the caller's list."""


def max_sum_k_consecutive(arr, k):
    if not 1 <= k <= len(arr):
        raise ValueError("k out of range")
    for i in range(1, len(arr)):
        arr[i] += arr[i - 1]
    best = arr[k - 1]
    for i in range(k, len(arr)):
        best = max(best, arr[i] - arr[i - k])
    return best
