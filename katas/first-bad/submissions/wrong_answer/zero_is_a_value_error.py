"""Wrong: `if n <= 0: raise ValueError` refuses n == 0, where the contract says no versions
means none is bad: None."""


def first_bad(n, is_bad):
    if n <= 0:
        raise ValueError(f"need at least one version, got {n}")
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < n else None
