"""Runs in the solution process: one-shot inputs, long streams, and the workload of the space group.

A generator cannot cross to the judge as plain data, so it is made here and reaches
the tests as a handle they pass to running_stats()."""

import math
from array import array
from fractions import Fraction
from operator import mul


def one_shot(values):
    """A generator over `values`: it can be read only once."""
    return (v for v in values)


def cycling_stream(n, offset, period, step):
    """A generator of n values offset + (k % period) * step, for k = 0 … n-1."""
    return (offset + (k % period) * step for k in range(n))


def _stream(n, rng, typecode="h"):
    """A one-shot generator of n floats offset + d/2, offset a random integer near 1e9 and each d a
    random int in [-32768, 32767] (the deltas are made at C speed and take 2 bytes each; with
    typecode "i", 4 bytes each, in [-2**31, 2**31)), with what is needed to check the answer
    exactly: (generator, deltas, offset)."""
    deltas = array(typecode, rng.randbytes(array(typecode).itemsize * n))
    offset = 1_000_000_000 + rng.randrange(-1000, 1001)
    return (offset + 0.5 * d for d in deltas), deltas, offset


def _checked(answer, stream, deltas, offset):
    """The answer, judged against the exact statistics of the stream (sums of ints, exact), as plain
    data that is the same for every correct solution: floats from different correct algorithms differ
    in their last bits, so the digest carries whether each is within the contract's tolerance, not
    the floats themselves. It also carries whether the generator was read to its end."""
    exhausted = next(stream, None) is None
    if type(answer) is not tuple or len(answer) != 3:
        return {"shape": type(answer).__name__, "exhausted": exhausted}
    count, mean, variance = answer
    types = [type(count).__name__, type(mean).__name__, type(variance).__name__]
    if types != ["int", "float", "float"]:
        return {"types": types, "exhausted": exhausted}
    n = len(deltas)
    total = sum(deltas)
    squares = sum(map(mul, deltas, deltas))
    exact_mean = offset + Fraction(total, 2 * n)
    exact_variance = Fraction(squares * n - total * total, 4 * n * n)
    mean_ok = math.isfinite(mean) and abs(Fraction(mean) - exact_mean) <= Fraction(offset + 16384, 10**9)
    variance_ok = math.isfinite(variance) and abs(Fraction(variance) - exact_variance) <= exact_variance / 10**6
    return {"count": count, "mean_ok": mean_ok, "variance_ok": variance_ok, "exhausted": exhausted}


def workload_stream(solution, n, rng):
    """One call on a fresh one-shot generator of n floats around 1e9, nearly all of them distinct
    (32-bit deltas: with 16-bit ones there are at most 65,536 distinct values, and a solution that
    keeps a sorted list of the distinct values stops growing quadratically past about 100,000);
    returns the checked answer (see _checked)."""
    stream, deltas, offset = _stream(n, rng, "i")
    return _checked(solution.running_stats(stream), stream, deltas, offset)


def workload_stream_space(solution, n, rng):
    """The same, built before the call: the deltas take 2 bytes a value (1 MB at the largest size),
    and each float is made when the generator yields it and dropped once read, so only what
    running_stats keeps adds to the peak (a list of the values: 32 bytes each)."""
    stream, deltas, offset = _stream(n, rng)
    yield
    return _checked(solution.running_stats(stream), stream, deltas, offset)
