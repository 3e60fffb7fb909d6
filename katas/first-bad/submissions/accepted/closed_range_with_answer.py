"""Also accepted: a closed range [lo, hi] of versions still to ask about, remembering the best
answer seen so far (the textbook "find the first true" loop), and ValueError up front."""


def first_bad(n: int, is_bad) -> int | None:
    if n < 0:
        raise ValueError("the number of versions cannot be negative")
    answer = None
    lo, hi = 0, n - 1
    while lo <= hi:
        mid = lo + (hi - lo) // 2
        if is_bad(mid):
            answer = mid
            hi = mid - 1
        else:
            lo = mid + 1
    return answer
