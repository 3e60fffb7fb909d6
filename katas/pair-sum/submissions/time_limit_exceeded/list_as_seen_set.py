"""Too slow: a list used as the set of seen values, so each membership test scans it (O(n²))."""


def find_pairs(arr, target):
    seen = []
    found = []
    for x in arr:
        y = target - x
        if y in seen:
            pair = (min(x, y), max(x, y))
            if pair not in found:
                found.append(pair)
        seen.append(x)
    return found
