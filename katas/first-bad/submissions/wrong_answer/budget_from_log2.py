"""Wrong at n = 2**62: budgets its calls with math.ceil(math.log2(n + 1)) to stay within the bound,
but in floats 2**62 + 1 rounds to 2**62, so the budget is 62 where the contract's bound,
computed in integers, is 63; the loop stops with two candidates left and returns the wrong one
when the first bad version is 1. Exact below 2**53, so every smaller case passes."""

import math


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    lo, hi = 0, n
    for _ in range(math.ceil(math.log2(n + 1))):
        if lo >= hi:
            break
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < n else None
