"""Wrong: a version whose check raises is treated as bad ("it crashed, so it is broken") and the
search goes on, so the caller never learns that is_bad failed."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        try:
            bad = is_bad(mid)
        except Exception:
            bad = True
        if bad:
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < n else None
