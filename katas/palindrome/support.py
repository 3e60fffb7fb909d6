"""Runs in the solution process: the workloads the performance and space groups measure.

Each input is built before the measured run, so its own memory is not counted."""

import random

ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
OTHER = " ,.:;!?'-_()"


def long_palindrome(n, seed=0):
    """About n printable ASCII characters that are a palindrome, so no early exit: the mirrored
    half has its letters' case swapped and different punctuation, so both indices skip at
    different moments."""
    rng = random.Random(seed)
    core = [rng.choice(ALNUM) for _ in range(n // 3)]
    left, right = [], []
    for c in core:
        left.append(c)
        if rng.random() < 0.5:
            left.append(rng.choice(OTHER))
    for c in reversed(core):
        right.append(c.swapcase())
        if rng.random() < 0.5:
            right.append(rng.choice(OTHER))
    return "".join(left + right)


def workload_palindrome(solution, n):
    """One call of is_palindrome on a palindrome of about n characters."""
    text = long_palindrome(n, seed=n)

    def run():
        solution.is_palindrome(text)

    return run, 1
