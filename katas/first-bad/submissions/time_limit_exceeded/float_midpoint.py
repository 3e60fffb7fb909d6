"""Too many calls at the largest n: the midpoint as `lo + int((hi - lo) / 2)`, the overflow-safe
form from C or Java with Python's float division. Above 2**53 a float cannot hold every int, so
(hi - lo) / 2 is rounded and the range is not cut exactly in half; at n = 2**62 - 1 (2**62
candidates, so every call must halve exactly) the first call leaves 2**61 + 1 candidates, and
when the first bad version is 0 the search needs 63 calls where 62 are allowed. Exact halves
below 2**53, so every smaller case passes."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    lo, hi = 0, n
    while lo < hi:
        mid = lo + int((hi - lo) / 2)
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < n else None
