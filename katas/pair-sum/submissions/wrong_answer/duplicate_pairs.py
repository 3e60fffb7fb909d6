"""Wrong: one pair per matching occurrence, so repeated values give the same pair many times."""


def find_pairs(arr, target):
    seen = set()
    pairs = []
    for x in arr:
        y = target - x
        if y in seen:
            pairs.append((min(x, y), max(x, y)))
        seen.add(x)
    return pairs
