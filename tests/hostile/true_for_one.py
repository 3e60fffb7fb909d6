# expect: wrong_answer
"""Correct pairs, but 1 and 0 returned as True and False (bool is not int here)."""


def find_pairs(arr, target):
    counts = {}
    for x in arr:
        counts[x] = counts.get(x, 0) + 1
    out = []
    for a in counts:
        b = target - a
        if (a < b and b in counts) or (a == b and counts[a] > 1):
            out.append((True if a == 1 else a, True if b == 1 else b))
    return out
