"""Runs in the solution process: the workloads the performance and space groups measure."""

from array import array

from kata_workload import unordered


def workload_find_pairs(solution, n, rng):
    """Two calls of find_pairs on n // 2 random values each: one from a narrow range [-n, n]
    (many repeats, many pairs), one from a wide range [-n², n²] (few pairs), so a solution
    whose cost follows the range of the values rather than their number shows. Every run has
    both shapes: the engine keeps the cheapest of its repeats, so a shape drawn at random
    per run would let a solution slow on one shape be measured on the other."""
    answers = []
    for spread in (n, n * n):
        arr = [rng.randint(-spread, spread) for _ in range(n // 2)]
        target = rng.randint(-spread // 4, spread // 4)
        answers.append(unordered(solution.find_pairs(arr, target)))
    return answers


BITS = 1_000  # the size of the space group's values: 160 bytes each


def workload_space(solution, n, rng):
    """Space: one call of find_pairs on n values whose repeats grow with n: about n^(1/3)
    occurrences of each of n^(2/3) distinct values (13 each at n = 2,048, 40 at 65,536), every
    one a 1,000-bit int of its own (160 bytes: the largest input takes about 11 MB), and a
    target that pairs almost every distinct value with another. The reference holds a count per
    distinct value; a solution that keeps an index per item (lists of positions), or that counts
    in a forked worker whose copy-on-write pages copy the inputs, holds O(n); one that expands
    those lists into every pair of indices holds repeats² of them per value pair, O(n · repeats),
    which grows faster than the inputs. Built from random bytes, without a temporary list the size
    of the input, so that memory freed while building is not there for the call to reuse."""
    distinct = max(1, round(n ** (2 / 3)))
    base = rng.getrandbits(BITS) | (1 << (BITS - 1))
    arr = [base + k % distinct for k in array("I", rng.randbytes(4 * n))]
    target = 2 * base + distinct - 1
    yield
    return unordered(solution.find_pairs(arr, target))
