"""Runs in the solution process: the workload the performance group measures."""

import random


def workload_find_pairs(solution, n):
    """One call of find_pairs on n pseudo-random values in [-n, n] (many pairs, many repeats)."""
    rng = random.Random(n)
    arr = [rng.randint(-n, n) for _ in range(n)]
    target = rng.randint(-n // 4, n // 4)

    def run():
        solution.find_pairs(arr, target)

    return run, 1
