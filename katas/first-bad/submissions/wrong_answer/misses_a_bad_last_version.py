"""Wrong when only the last version is bad: searches 0 … n-1 without asking about n - 1, and
reads "the search reached the last version" as "none is bad", so it returns None there."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < n - 1 else None
