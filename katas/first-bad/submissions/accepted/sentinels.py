"""Also accepted: two sentinels that are never asked about, `good = -1` (a version known good)
and `bad = n` (known bad); the loop narrows the gap between them until they are neighbours."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    good, bad = -1, n
    while bad - good > 1:
        mid = (good + bad) >> 1
        if is_bad(mid):
            bad = mid
        else:
            good = mid
    return None if bad == n else bad
