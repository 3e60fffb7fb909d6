"""The model both test files judge against, in the judge's process.

Probabilities are computed with 40-digit decimals (softmax after subtracting the maximum), so the
model shares the rounding of no float implementation. `possible_tokens` follows the contract's
steps, and returns every token the contract could give when top_p and u move by up to `slack`:
a test whose set holds more than one token is on a boundary where honest float sums disagree,
and the opening rules say no test may use it (the hypothesis tests discard such inputs, a fixed
test with one is the kata's own error). With `slack=0` the model is exact, for the few fixed
tests on data exact in binary (equal logits: probabilities 1/2, 1/4, 1/8…), where the contract's
">= top_p" and "> u" are what is tested.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Context, Decimal

import pytest

from judge.testing import InternalError, call_unchanged, expect

SLACK = Decimal("1e-9")  # the opening rules: no answer may flip when a compared quantity moves by 1e-9
WIDE = Context(prec=40, Emax=10**9, Emin=-10**9)


def probabilities(logits: list[float], temperature: float) -> list[Decimal]:
    top = Decimal(max(logits))
    t = Decimal(temperature)
    weights = [WIDE.exp(WIDE.divide(WIDE.subtract(Decimal(x), top), t)) for x in logits]
    total = Decimal(0)
    for w in weights:
        total = WIDE.add(total, w)
    return [WIDE.divide(w, total) for w in weights]


@dataclass
class Outcome:
    tokens: set[int]  # every token the contract could give within the slack
    story: str  # the steps, for feedback


def _short(values, digits=None, limit=8) -> str:
    shown = [f"{float(v):.{digits}g}" if digits else str(v) for v in values[:limit]]
    return "[" + ", ".join(shown) + (f", … ({len(values)} in all)" if len(values) > limit else "") + "]"


def possible_tokens(logits, *, temperature=1.0, top_k=None, top_p=None, u, slack=SLACK) -> Outcome:
    """The contract's steps, for valid arguments."""
    if temperature == 0:
        first = logits.index(max(logits))
        return Outcome({first}, f"temperature 0 is greedy: the first argmax is token {first}")
    probs = probabilities(logits, temperature)
    order = sorted(range(len(probs)), key=lambda i: (-probs[i], i))
    story = [f"tokens by probability (descending, ties by lower index): {_short(order)}"]
    if top_k is not None:
        order = order[:top_k]
        story.append(f"top_k = {top_k} keeps {_short(order)}")
    cumulative, running = [], Decimal(0)
    for i in order:
        running = WIDE.add(running, probs[i])
        cumulative.append(running)

    def reaching(q: Decimal) -> int:
        return next((j + 1 for j, c in enumerate(cumulative) if c >= q), len(order))

    if top_p is None:
        nominal, cuts = len(order), [len(order)]
    else:
        p = Decimal(top_p)
        nominal, cuts = reaching(p), list(range(reaching(p - slack), reaching(p + slack) + 1))
        story.append(f"cumulative original probabilities {_short(cumulative, 6)}: the shortest prefix reaching "
                     f"top_p = {top_p!r} keeps {_short(order[:nominal])}")
    tokens: set[int] = set()
    for cut in cuts:
        kept = order[:cut]
        total = cumulative[cut - 1]
        renormalised = [c / total for c in cumulative[:cut]]

        def above(q: Decimal):
            return next((j for j, r in enumerate(renormalised) if r > q), None)

        low, high = above(Decimal(u) - slack), above(Decimal(u) + slack)
        tokens.update(kept[low:(cut if high is None else high + 1)])
        if cut == nominal:
            chosen = above(Decimal(u))
            which = f"token {kept[chosen]}" if chosen is not None else f"none, so the last kept token, {kept[-1]}"
            story.append(f"renormalised cumulative sums {_short(renormalised, 6)}: the first above u = {u!r} is {which}")
    return Outcome(tokens, "; ".join(story))


def call_text(logits, kwargs) -> str:
    return "sample_token(" + ", ".join([repr(logits)] + [f"{k}={v!r}" for k, v in kwargs.items()]) + ")"


class Check:
    possible_tokens = staticmethod(possible_tokens)

    def sample(self, solution, logits, *, note=None, exact=False, **kwargs):
        """Call sample_token(logits, **kwargs), check the logits were left as they were, and
        compare with the model's one token."""
        outcome = possible_tokens(logits, **kwargs, slack=Decimal(0) if exact else SLACK)
        if len(outcome.tokens) != 1:
            raise InternalError(f"{call_text(logits, kwargs)} is within 1e-9 of a boundary "
                                f"(tokens {sorted(outcome.tokens)} are all possible); the kata's test is at fault")
        got = call_unchanged(solution.sample_token, logits, **kwargs)
        want = outcome.tokens.pop()
        expect(got, want, note=(note + "; " if note else "") + outcome.story)
        return got


@pytest.fixture
def check():
    return Check()
