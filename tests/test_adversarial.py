"""Every entry of the adversarial corpus gets its honest verdict, with the kata's real limits and
every sandbox layer this machine has (CI: all of them). Slow: one real judging per entry."""

from __future__ import annotations

import pytest

from adversarial_support import CLASSES, corpus
from judge.catalogue import find_kata
from judge.verdict import Verdict

ENTRIES = corpus()


def test_the_corpus_covers_every_route_and_enough_katas():
    assert len(ENTRIES) >= 40, len(ENTRIES)
    assert len({e.kata for e in ENTRIES}) >= 12
    assert {e.route for e in ENTRIES} >= {"detect-measuring", "forge-figures", "hide-memory", "memoise", "move-work", "wrong-on-large"}
    assert [e.name for e in ENTRIES if e.route not in CLASSES or not e.why] == []
    assert [e.name for e in ENTRIES if e.expect not in {v.value for v in Verdict} or e.expect in ("internal_error", "accepted", "skipped")] == []


@pytest.mark.slow
@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_adversarial_submission_gets_its_honest_verdict(entry):
    from judge.judging import judge_submission

    result = judge_submission(find_kata(entry.kata), entry.path)
    assert result.verdict is not Verdict.INTERNAL_ERROR, result.first_failure()
    failure = result.first_failure()
    assert result.verdict.value == entry.expect, f"{entry.why}\n got {result.verdict.value}: {failure.message if failure else ''}"
