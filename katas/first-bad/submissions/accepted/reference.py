"""Reference: a half-open range [lo, hi) of candidates for the answer, where hi == n stands for
"none is bad"; each call halves it at the lower middle, so at most n.bit_length() calls."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(f"n must be at least 0, got {n}")
    lo, hi = 0, n  # the first bad version is in [lo, hi), or is "none" if lo == n at the end
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < n else None
