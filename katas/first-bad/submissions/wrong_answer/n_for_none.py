"""Wrong: returns lo as it stands when the loop ends, which is n when no version is bad
(bisect_left's convention), where the contract says None."""


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
    return lo
