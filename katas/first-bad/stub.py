"""The first bad version, by binary search. Run `kata show first-bad` for the full statement."""


def first_bad(n, is_bad):
    """Versions are 0 … n-1 and is_bad(v) is monotone (once a version is bad, every later one is).
    Return the smallest v with is_bad(v) true, or None when no version is bad (n == 0 included);
    raise ValueError when n < 0. Call is_bad at most n.bit_length() times, each time with an int
    version in 0 … n-1 never asked before, and let any exception it raises propagate unchanged.
    n may be as large as 2**62. Do not use the bisect module."""
    raise NotImplementedError
