"""Reference: sum the first window, then slide it one step at a time (add the new item, drop the old)."""


def max_sum_k_consecutive(arr: list[int], k: int) -> int:
    if not 1 <= k <= len(arr):
        raise ValueError(f"k must be between 1 and len(arr) = {len(arr)}, got {k}")
    window = 0
    for i in range(k):
        window += arr[i]
    best = window
    for i in range(k, len(arr)):
        window += arr[i] - arr[i - k]
        if window > best:
            best = window
    return best
