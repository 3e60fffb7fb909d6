"""Wrong: wraps what is_bad raised in a new RuntimeError with the version in its message, so the
caller gets another exception object (and another type) than the one is_bad raised."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        try:
            bad = is_bad(mid)
        except Exception as exc:
            raise RuntimeError(f"checking version {mid} failed: {exc}") from exc
        if bad:
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < n else None
