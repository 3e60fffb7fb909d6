"""Runs in the solution process: the workload the performance group measures (and the
properties group checks once against the reference).

The logits are drawn with numpy from the judge's seed, so they are unknowable until the
measurement starts and cost little to build; they reach sample_token() as a list of Python
floats, as the contract says. Continuous random logits have no ties, and u and top_p are random
too, so two honest computations (whose sums differ in the last bits) agree on the token except
when u or top_p falls within about 1e-16 of a boundary: well below one chance in 10^10 per call.
"""

import numpy


def logits_of(n, rng):
    """n logits, normal with standard deviation 3, about a tenth of them -inf (masked), never
    all of them: from the judge's seed."""
    draw = numpy.random.default_rng(rng.getrandbits(64))
    logits = draw.normal(0.0, 3.0, n)
    logits[draw.random(n) < 0.1] = -numpy.inf
    logits[int(draw.integers(n))] = draw.normal(0.0, 3.0)
    return logits.tolist()


def workload_sample(solution, n, rng):
    """Four sample_token() calls on the same V = n logits, at a temperature between 0.5 and 1.5:
    with top_p only, with top_k = V // 2 only, with both, and with neither (every token kept).
    Returns the four tokens."""
    logits = logits_of(n, rng)
    temperature = 0.5 + rng.random()
    f = solution.sample_token
    return [
        f(logits, temperature=temperature, top_p=0.5 + 0.45 * rng.random(), u=rng.random()),
        f(logits, temperature=temperature, top_k=n // 2, u=rng.random()),
        f(logits, temperature=temperature, top_k=n // 4, top_p=0.5 + 0.45 * rng.random(), u=rng.random()),
        f(logits, temperature=temperature, u=rng.random()),
    ]
