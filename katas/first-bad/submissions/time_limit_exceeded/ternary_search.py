"""Too many calls: ternary search ("three parts shrink faster than two") asks about two versions
per round to cut the range to a third, about 1.26 × log2(n) calls in the worst case, where
binary search needs log2(n + 1). Its time is fine; the count is what it breaks."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    lo, hi = 0, n
    while lo < hi:
        third = (hi - lo) // 3
        left, right = lo + third, hi - 1 - third
        if is_bad(left):
            hi = left
        elif right > left and is_bad(right):
            lo, hi = left + 1, right
        else:
            lo = max(left, right) + 1
    return lo if lo < n else None
