"""The model both test files judge against: softmax computed in the judge's process with
40-digit decimals (exact subtraction of the maximum, then exp), so that the expected values do
not share the rounding of any float implementation; and `check`, which calls the submission
(checking that it left the logits as they were) and compares with the contract's tolerances."""

import math
from decimal import Context, Decimal

import pytest

from judge.testing import WrongAnswer, call_unchanged, expect, expect_close, show

REL, ABS = 1e-9, 1e-9  # the opening rules of the LLM track
WIDE = Context(prec=40, Emax=10**9, Emin=-10**9)


def expected_softmax(logits: list[float], temperature: float) -> list[float]:
    """The contract, for valid arguments: one-hot floats on the first maximum at T == 0, else
    exp((l - max) / T) / sum of exp((l - max) / T), with exp(-inf) = 0."""
    top = max(logits)
    if temperature == 0:
        first = logits.index(top)
        return [1.0 if i == first else 0.0 for i in range(len(logits))]
    t, m = Decimal(temperature), Decimal(top)
    weights = [WIDE.exp(WIDE.divide(WIDE.subtract(Decimal(x), m), t)) for x in logits]
    total = Decimal(0)
    for w in weights:
        total = WIDE.add(total, w)
    return [float(WIDE.divide(w, total)) for w in weights]


class Check:
    def softmax(self, solution, logits, temperature=None, note=None):
        """Call softmax(logits[, temperature=…]) and compare: exactly (type for type) at T == 0,
        within rel 1e-9 / abs 1e-9 otherwise."""
        if temperature is None:
            got = call_unchanged(solution.softmax, logits)
            temperature = 1.0
        else:
            got = call_unchanged(solution.softmax, logits, temperature=temperature)
        want = expected_softmax(logits, temperature)
        if temperature == 0:
            expect(got, want, note=note or "temperature 0 is greedy: 1.0 on the first maximum, 0.0 elsewhere, all floats")
            return got
        expect_close(got, want, rel=REL, abs=ABS, note=note)
        masked = [i for i, x in enumerate(logits) if x == -math.inf and got[i] != 0.0]
        if masked:
            i = masked[0]
            raise WrongAnswer(f"{show_call(logits, temperature)} gave {got[i]!r} at item {i}, whose logit is -inf: "
                              "a masked token's probability is exactly 0.0")
        return got


def show_call(logits, temperature) -> str:
    return f"softmax({show(logits)}, temperature={temperature!r})"


@pytest.fixture
def check():
    return Check()
