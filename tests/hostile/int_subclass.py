# expect: wrong_answer
"""Correct pairs, but made of an int subclass: not the exact type the contract names."""


class Num(int):
    pass


def find_pairs(arr, target):
    counts = {}
    for x in arr:
        counts[x] = counts.get(x, 0) + 1
    return [(Num(a), Num(target - a)) for a in counts
            if (a < target - a and target - a in counts) or (a == target - a and counts[a] > 1)]
