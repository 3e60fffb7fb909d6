# expect: wrong_answer
"""Raises the recursion limit, then returns a list nested 100,000 deep: the judge's encoder
must not overflow the C stack (and blame the learner for a crash); the value crosses as an
opaque object and is simply a wrong answer."""
import sys

sys.setrecursionlimit(300_000)


def find_pairs(arr, target):
    deep = []
    for _ in range(100_000):
        deep = [deep]
    return deep
