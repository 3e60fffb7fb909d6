# class: detect-measuring
# why: searches exactly (halving with //) only at the sizes the hidden examples and the performance group name (100, 10, 16, 2, 1, 1000, 2**62, 2**62 - 1, 10**18 + 7, 1,000,000 and every 2**k and 2**k - 1), and elsewhere asks about the newest version first, one call more than the bound allows; the properties draw sizes at random up to 2**62, so the count is exceeded on one of them: too many calls, time_limit_exceeded.
TESTED = {0, 1, 2, 10, 16, 100, 1000, 10**18 + 7, 1_000_000} | {2**k for k in range(63)} | {2**k - 1 for k in range(63)}


def _search(lo, hi, is_bad):
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    if n in TESTED:
        lo = _search(0, n, is_bad)
        return lo if lo < n else None
    if not is_bad(n - 1):  # the newest first: cheap when nothing is bad
        return None
    return _search(0, n - 1, is_bad)
