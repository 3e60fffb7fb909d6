"""Too slow: every pair of indices, O(n²)."""


def find_pairs(arr, target):
    found = set()
    for i in range(len(arr)):
        for j in range(i + 1, len(arr)):
            if arr[i] + arr[j] == target:
                found.add((min(arr[i], arr[j]), max(arr[i], arr[j])))
    return list(found)
