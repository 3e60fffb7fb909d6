"""Wrong: the pair is written as (earlier value, later value), not (smaller, larger)."""


def find_pairs(arr, target):
    seen = set()
    found = set()
    for x in arr:
        y = target - x
        if y in seen and (x, y) not in found:
            found.add((y, x))
        seen.add(x)
    return list(found)
