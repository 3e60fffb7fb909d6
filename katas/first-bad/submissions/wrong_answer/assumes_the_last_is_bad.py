"""Wrong at the last end: git bisect's habit of taking the newest version as known bad, so the
search runs over 0 … n-1 with hi = n - 1 and never says None: when no version is bad it answers
n - 1."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    if n == 0:
        return None
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
