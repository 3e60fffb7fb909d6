"""Wrong: no check of n, so first_bad(-1, is_bad) skips the loop and returns None instead of
raising ValueError."""


def first_bad(n, is_bad):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < n else None
