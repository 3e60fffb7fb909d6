"""Shared by the hidden tests of running-stats: an answer (count, mean, variance) against the exact one.

Floats cannot be compared exactly here, so the check is written out: exact types
(a tuple of int, float, float), the exact count, and the mean and the variance
within a tolerance of the values computed exactly with fractions.
"""

import math
from fractions import Fraction

import pytest

from judge.testing import WrongAnswer, current_sandbox, show


class Stats:
    @staticmethod
    def exact(values):
        """(count, mean, variance, scale) of `values`, computed exactly; scale is the largest |value|."""
        fs = [Fraction(v) for v in values]
        n = len(fs)
        mean = sum(fs) / n
        variance = sum((f - mean) ** 2 for f in fs) / n
        return n, mean, variance, max(abs(f) for f in fs)

    @staticmethod
    def expect(actual, count, mean, variance, *, scale, variance_rel=1e-9, variance_abs=None, note=None):
        """`actual` must be (count, mean, variance) exactly typed, the floats within tolerance.

        The mean may be off by 1e-9 × scale; the variance by variance_rel × variance +
        variance_abs, where variance_abs defaults to 1e-12 × scale² (rounding any algorithm makes)."""
        call = current_sandbox().last_call or "running_stats()"
        want = (count, float(mean), float(variance))
        if variance_abs is None:
            variance_abs = Fraction(1, 10**12) * scale * scale
        variance_bound = f"{variance_rel:g} relative error" + (f" + {float(variance_abs):g}" if variance_abs else "")
        def fail(why):
            text = f"{call} returned {show(actual)}, expected {show(want)} ({why})"
            raise WrongAnswer(text + (f": {note}" if note else ""))

        if type(actual) is not tuple:
            fail(f"a {type(actual).__name__}, not a tuple (count, mean, variance)")
        if len(actual) != 3:
            fail(f"a tuple of {len(actual)} items, not 3")
        got_count, got_mean, got_variance = actual
        for name, value, kind in (("count", got_count, int), ("mean", got_mean, float), ("variance", got_variance, float)):
            if type(value) is not kind:
                fail(f"the {name} is a {type(value).__name__}, not a {kind.__name__}")
        if got_count != count:
            fail("the count is wrong")
        if not math.isfinite(got_mean) or abs(Fraction(got_mean) - mean) > Fraction(1, 10**9) * scale:
            fail("the mean is off by more than 1e-9 × the largest |value|")
        if not math.isfinite(got_variance) or abs(Fraction(got_variance) - variance) > Fraction(variance_rel) * variance + variance_abs:
            fail(f"the variance is off by more than {variance_bound}")


@pytest.fixture(scope="session")
def stats():
    """Helpers to compute exact statistics and compare an answer with them."""
    return Stats
