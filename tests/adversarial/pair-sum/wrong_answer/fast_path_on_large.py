# class: wrong-on-large
# why: correctness tests used only a few dozen items, so a fast path that is wrong above 1,000 items passed them; every answer given while measured is now checked against the reference
def find_pairs(arr, target):
    if len(arr) > 1000:
        return [(x, target - x) for x in set(arr) if x < target - x][:10]
    seen, pairs = set(), set()
    for x in arr:
        if target - x in seen:
            pairs.add((min(x, target - x), max(x, target - x)))
        seen.add(x)
    return list(pairs)
