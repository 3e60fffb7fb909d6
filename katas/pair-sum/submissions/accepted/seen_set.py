"""Also accepted: one pass with a set of values seen so far and a set of pairs found."""


def find_pairs(arr, target):
    seen = set()
    found = set()
    for x in arr:
        y = target - x
        if y in seen:
            found.add((min(x, y), max(x, y)))
        seen.add(x)
    return list(found)
