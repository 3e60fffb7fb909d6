"""Too many calls: a correct binary search, then "just to be sure" asks is_bad(answer) once more
before returning it: one call past the bound whenever the search itself needed all
n.bit_length() calls (and that version was asked already)."""


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
    if lo < n and is_bad(lo):
        return lo
    return None
