"""Wrong: a closed range [lo, hi] that starts at hi = n instead of n - 1, so when no version
is bad the search ends by asking is_bad(n), a version that does not exist (the answer comes out
right, since the judge's is_bad says True there, but the call is out of range)."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    lo, hi = 0, n
    while lo <= hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid - 1
        else:
            lo = mid + 1
    return lo if lo < n else None
