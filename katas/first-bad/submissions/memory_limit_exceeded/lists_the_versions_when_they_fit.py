"""Too much memory: list(range(n)) ran out of memory at n = 2**62, and the symptom was patched
instead of the cause, with a list kept "where it fits" (up to a million versions, since indexing
a list looks cheaper than a range): O(n) extra memory, about 36 MiB at n = 1,000,000, where a
search over two ints needs none."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    versions = list(range(n)) if n <= 1_000_000 else range(n)
    lo, hi = 0, len(versions)
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(versions[mid]):
            hi = mid
        else:
            lo = mid + 1
    return versions[lo] if lo < len(versions) else None
