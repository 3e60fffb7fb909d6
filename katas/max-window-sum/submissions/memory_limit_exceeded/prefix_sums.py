"""Too much memory: a prefix-sum array of n + 1 sums (O(n) time, but O(n) extra space)."""


def max_sum_k_consecutive(arr, k):
    if k < 1 or k > len(arr):
        raise ValueError("k out of range")
    prefix = [0]
    for x in arr:
        prefix.append(prefix[-1] + x)
    return max(prefix[i + k] - prefix[i] for i in range(len(arr) - k + 1))
