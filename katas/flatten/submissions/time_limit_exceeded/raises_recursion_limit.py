"""Too slow: raising the recursion limit lets 100,000 levels through, but every level copies all the items below it into its own list (O(depth²))."""

import sys

sys.setrecursionlimit(300_000)


def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
