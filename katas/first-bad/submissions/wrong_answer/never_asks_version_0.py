"""Wrong at the first end: takes version 0 to be good without asking (`good = 0` instead of a
sentinel at -1), so when every version is bad it answers 1, and for one bad version None."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    good, bad = 0, n
    while bad - good > 1:
        mid = (good + bad) // 2
        if is_bad(mid):
            bad = mid
        else:
            good = mid
    return None if bad == n else bad
