"""Helpers for a kata's workloads (support.py), in the solution process.

A workload is `workload_<name>(solution, n, rng)`: it builds inputs of size n from `rng`
(a `random.Random` the judge seeds per measurement), calls the submission, and returns every
answer it got; the judge compares a digest of them with the reference's on the same inputs.
A workload that `yield`s once separates building its inputs from the calls (the space group
reads the memory the inputs take at that point). Return answers, never discard them: an
answer the judge does not see is an answer a submission may fake while it is measured.
"""

from __future__ import annotations


def _order(value):
    return (type(value).__name__, repr(value))


def unordered(items):
    """A list whose order the contract leaves free, in one canonical order (anything that is
    not a list is returned as it is, so the digest still tells it apart)."""
    if type(items) is not list:
        return items
    try:
        return sorted(items, key=_order)
    except Exception:  # a rigged repr: the digest will differ, which is the submission's own doing
        return items
