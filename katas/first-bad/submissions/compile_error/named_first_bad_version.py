"""Compile error: the function is called first_bad_version (LeetCode's name), so the required
name first_bad is missing."""


def first_bad_version(n, is_bad):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < n else None
