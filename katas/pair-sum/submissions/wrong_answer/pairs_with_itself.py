"""Wrong: checks the complement in the set of all values, so a single 3 pairs with itself for target 6."""


def find_pairs(arr, target):
    values = set(arr)
    pairs = []
    for a in sorted(values):
        b = target - a
        if a <= b and b in values:
            pairs.append((a, b))
    return pairs
