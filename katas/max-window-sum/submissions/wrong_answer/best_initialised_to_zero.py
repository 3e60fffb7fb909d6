"""Wrong: best starts at 0, so when every window sum is negative it returns 0, which is no window's sum."""


def max_sum_k_consecutive(arr, k):
    if not 1 <= k <= len(arr):
        raise ValueError("k out of range")
    best = 0
    window = 0
    for i, x in enumerate(arr):
        window += x
        if i >= k:
            window -= arr[i - k]
        if i >= k - 1 and window > best:
            best = window
    return best
