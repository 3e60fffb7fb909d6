"""Runs in the solution process: the workloads the performance and space groups measure."""

import random


def _values(n):
    rng = random.Random(n)
    return [rng.randint(-10**6, 10**6) for _ in range(n)]


def workload_half_window(solution, n):
    """One call with k = n // 2: summing each window on its own costs about n²/4 additions."""
    arr = _values(n)
    k = n // 2

    def run():
        solution.max_sum_k_consecutive(arr, k)

    return run, 1


def workload_small_window(solution, n):
    """One call with a small fixed k = 16 on n values: any memory that grows with n is extra."""
    arr = _values(n)

    def run():
        solution.max_sum_k_consecutive(arr, 16)

    return run, 1
