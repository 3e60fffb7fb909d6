# expect: accepted
"""A correct solution whose import forks a short-lived helper that ends with sys.exit():
the forked copy must not speak for the submission (its SystemExit used to travel up into the
harness and answer the judge's request, a compile_error on one run and a runtime_error on the
next). Only the original process may reply."""
import os
import sys

if os.fork() == 0:
    sys.exit(0)  # the helper's work is done; SystemExit unwinds through whatever called the import


def find_pairs(arr, target):
    counts = {}
    for x in arr:
        counts[x] = counts.get(x, 0) + 1
    pairs = []
    for a in counts:
        b = target - a
        if a < b and b in counts:
            pairs.append((a, b))
        elif a == b and counts[a] >= 2:
            pairs.append((a, a))
    return pairs
