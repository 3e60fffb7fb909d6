"""Also accepted: the list of positions of each value, then each value's complement looked up.
The positions are more than the pairs need (a count would do), but one index per item is O(n)
memory, which the contract allows."""


def find_pairs(arr, target):
    positions = {}
    for i, x in enumerate(arr):
        positions.setdefault(x, []).append(i)
    pairs = []
    for a, where in positions.items():
        b = target - a
        if a < b and b in positions:
            pairs.append((a, b))
        elif a == b and len(where) >= 2:
            pairs.append((a, a))
    return pairs
