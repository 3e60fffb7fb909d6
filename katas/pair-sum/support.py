"""Runs in the solution process: the workload the performance group measures."""

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
