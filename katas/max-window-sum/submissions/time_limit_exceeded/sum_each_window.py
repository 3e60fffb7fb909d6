"""Too slow: sums every window from scratch with an inner loop, O(n·k)."""


def max_sum_k_consecutive(arr, k):
    if k < 1 or k > len(arr):
        raise ValueError("k out of range")
    best = None
    for start in range(len(arr) - k + 1):
        total = 0
        for i in range(start, start + k):
            total += arr[i]
        if best is None or total > best:
            best = total
    return best
