"""Wrong: k > len(arr) is not rejected; sum(arr[:k]) quietly sums the whole array instead of raising ValueError."""


def max_sum_k_consecutive(arr, k):
    if k < 1:
        raise ValueError("k must be positive")
    window = sum(arr[:k])
    best = window
    for i in range(k, len(arr)):
        window += arr[i] - arr[i - k]
        best = max(best, window)
    return best
