"""Runtime error: compares each value with the next one and reads one past the end."""


def find_pairs(arr, target):
    seen = set()
    found = set()
    for i in range(len(arr)):
        if arr[i] == arr[i + 1]:
            pass
        y = target - arr[i]
        if y in seen:
            found.add((min(arr[i], y), max(arr[i], y)))
        seen.add(arr[i])
    return list(found)
