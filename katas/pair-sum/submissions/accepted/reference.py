"""Reference: count each value once, then look up each value's complement."""


def find_pairs(arr: list[int], target: int) -> list[tuple[int, int]]:
    counts = {}
    for x in arr:
        counts[x] = counts.get(x, 0) + 1
    pairs = []
    for a in counts:
        b = target - a
        if a < b and b in counts:
            pairs.append((a, b))
        elif a == b and counts[a] >= 2:
            pairs.append((a, a))
    return pairs
