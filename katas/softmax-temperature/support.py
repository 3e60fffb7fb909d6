"""Runs in the solution process: the workload the performance group measures (and the
properties group checks once against the reference).

The logits are drawn with numpy from the judge's seed, so they are unknowable until the
measurement starts and cost little to build; they reach softmax() as a list of Python floats,
as the contract says. What comes back is summed up per call in a fingerprint: every value
rounded to 9 decimals (the contract's absolute tolerance), so that two honest computations,
which differ in the last bits, agree, while a value off by more than about 1e-9 does not.
"""

import hashlib
from array import array

import numpy


def _fingerprint(result, n):
    """A short, exact summary of a softmax result: what is wrong with its shape, or a hash of
    its n values rounded to 9 decimals."""
    if type(result) is not list:
        return ["not a list", type(result).__name__]
    if len(result) != n:
        return ["wrong length", len(result)]
    if not all(type(x) is float for x in result):
        return ["not all floats"]
    return hashlib.sha256(array("d", [round(x, 9) for x in result]).tobytes()).hexdigest()


def logits_of(n, rng):
    """n logits, normal with standard deviation 3, about a tenth of them -inf (masked), never
    all of them: from the judge's seed."""
    draw = numpy.random.default_rng(rng.getrandbits(64))
    logits = draw.normal(0.0, 3.0, n)
    logits[draw.random(n) < 0.1] = -numpy.inf
    logits[int(draw.integers(n))] = draw.normal(0.0, 3.0)
    return logits.tolist()


def workload_softmax(solution, n, rng):
    """softmax() of V = n logits at a temperature between 0.5 and 2, then at temperature 0
    (greedy): two fingerprints."""
    logits = logits_of(n, rng)
    temperature = 0.5 + 1.5 * rng.random()
    return [_fingerprint(solution.softmax(logits, temperature), n), _fingerprint(solution.softmax(logits, 0.0), n)]
