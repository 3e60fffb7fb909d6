"""Too slow: a slice and a sum per window, sum(arr[i:i + k]), is O(k) work for each of the n - k + 1 windows."""


def max_sum_k_consecutive(arr, k):
    if k < 1 or k > len(arr):
        raise ValueError("k out of range")
    return max(sum(arr[i:i + k]) for i in range(len(arr) - k + 1))
