"""Compile error: the while loop's condition has no colon."""


def first_bad(n, is_bad):
    lo, hi = 0, n
    while lo < hi
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < n else None
