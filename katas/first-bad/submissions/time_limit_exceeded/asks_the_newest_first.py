"""Too many calls: git bisect's first step done by hand, asking about the newest version before
searching ("if it is good, nothing is bad"), then a binary search over the n - 1 versions
before it: 1 + (n - 1).bit_length() calls, one too many unless n is a power of two."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    if n == 0 or not is_bad(n - 1):
        return None
    lo, hi = 0, n - 1  # n - 1 is known bad
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
