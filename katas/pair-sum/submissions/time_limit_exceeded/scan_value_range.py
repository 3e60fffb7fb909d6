"""Too slow when values are spread wide: for values that fit in 32 bits it walks every value
between the smallest and the largest one (a "bounded range" shortcut), so its cost follows the
range of the values (up to n² here), not their number."""


def find_pairs(arr: list[int], target: int) -> list[tuple[int, int]]:
    if not arr:
        return []
    counts = {}
    for x in arr:
        counts[x] = counts.get(x, 0) + 1
    low, high = min(arr), max(arr)
    candidates = range(low, high + 1) if high - low < 2**32 else list(counts)
    pairs = []
    for a in candidates:
        if a not in counts:
            continue
        b = target - a
        if a < b and b in counts:
            pairs.append((a, b))
        elif a == b and counts[a] >= 2:
            pairs.append((a, a))
    return pairs
