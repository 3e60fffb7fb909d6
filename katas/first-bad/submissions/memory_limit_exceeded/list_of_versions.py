"""Out of memory: a correct binary search, but over `versions = list(range(n))`, which makes
every version first; at n = 2**62 that list would need 2**65 bytes, so it raises MemoryError.
(The contract calls materialising the versions a runtime error; the judge's verdict for a
MemoryError is memory_limit_exceeded.)"""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    versions = list(range(n))
    lo, hi = 0, len(versions)
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(versions[mid]):
            hi = mid
        else:
            lo = mid + 1
    return versions[lo] if lo < len(versions) else None
