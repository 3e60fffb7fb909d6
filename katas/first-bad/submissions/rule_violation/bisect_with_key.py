"""Rule violation: lets bisect do the search, bisect_left over the lazy range(n) with is_bad as
the key (Python 3.10+). It even meets the bound, but writing the search is the kata."""

from bisect import bisect_left


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    i = bisect_left(range(n), True, key=is_bad)
    return i if i < n else None
