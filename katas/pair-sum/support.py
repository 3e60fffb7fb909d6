"""Runs in the solution process: the workload the performance group measures."""

from kata_workload import unordered


def workload_find_pairs(solution, n, rng):
    """One call of find_pairs on n random values, half the time from a narrow range [-n, n]
    (many repeats, many pairs), half the time from a wide one [-n², n²] (few pairs), so a
    solution whose cost follows the range of values rather than their number shows."""
    spread = n if rng.random() < 0.5 else n * n
    arr = [rng.randint(-spread, spread) for _ in range(n)]
    target = rng.randint(-spread // 4, spread // 4)
    return unordered(solution.find_pairs(arr, target))
