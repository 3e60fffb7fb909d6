"""Too much memory: keeps every window sum in a list and takes max() at the end (O(n) extra space)."""


def max_sum_k_consecutive(arr, k):
    if k < 1 or k > len(arr):
        raise ValueError("k out of range")
    sums = [sum(arr[:k])]
    for i in range(k, len(arr)):
        sums.append(sums[-1] + arr[i] - arr[i - k])
    return max(sums)
