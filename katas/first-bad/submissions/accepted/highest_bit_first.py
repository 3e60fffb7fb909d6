"""Also accepted: the answer's binary digits, highest first (binary lifting): `last_good` grows by
each power of two that still lands on a good version. One call per bit of n, never more."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(f"n = {n} < 0")
    last_good = -1
    step = 1 << max(n.bit_length() - 1, 0)
    while step:
        probe = last_good + step
        if probe < n and not is_bad(probe):
            last_good = probe
        step >>= 1
    return last_good + 1 if last_good + 1 < n else None
