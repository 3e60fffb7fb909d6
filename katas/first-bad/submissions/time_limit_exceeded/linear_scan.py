"""Too many calls: asks about every version from the oldest until one is bad, up to n calls
where n.bit_length() are enough (at n = 2**62 it would never end)."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    for version in range(n):
        if is_bad(version):
            return version
    return None
