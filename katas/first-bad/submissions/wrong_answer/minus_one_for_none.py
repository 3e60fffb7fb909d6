"""Wrong: returns -1 when no version is bad (str.find's convention), where the contract says None."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < n else -1
