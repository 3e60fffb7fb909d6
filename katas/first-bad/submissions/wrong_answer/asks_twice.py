"""Wrong: `if is_bad(mid): … elif not is_bad(mid): …` asks about a good version twice: each
call of is_bad is a build and a test run, and its answer does not change."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        elif not is_bad(mid):
            lo = mid + 1
    return lo if lo < n else None
