"""Runs in the solution process: the workloads the performance and space groups measure.

The arrays are made at C speed (random bytes read as 32-bit ints), so building them costs
little next to the call; each measurement draws a new array and a new k from the judge's seed.
"""

from array import array


CHUNK = 16_384


def _values(n, rng):
    """n random ints in [-2**31, 2**31), filled in chunks into a list made at its full length, so
    that building it never holds much besides the list (the judge's memory peak covers the
    building too: a transient as large as a copy of the array would hide one)."""
    arr = [0] * n
    for start in range(0, n, CHUNK):
        stop = min(n, start + CHUNK)
        arr[start:stop] = array("i", rng.randbytes(4 * (stop - start))).tolist()
    return arr


def workload_half_window(solution, n, rng):
    """One call with k between n // 4 and n // 2: summing each window on its own costs about
    n·k additions. Returns the answer."""
    arr = _values(n, rng)
    k = rng.randrange(n // 4, n // 2 + 1)
    return solution.max_sum_k_consecutive(arr, k)


def workload_small_window(solution, n, rng):
    """One call with a small k (8 to 32) on n values, built before the call (the largest array
    takes about 75 MB): any memory that grows with n is extra. Returns the answer."""
    arr = _values(n, rng)
    k = rng.randrange(8, 33)
    yield
    return solution.max_sum_k_consecutive(arr, k)
