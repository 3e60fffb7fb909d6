"""The hostile corpus: no accepted that was not earned, the judge always finishes within a
bound, nothing left running, nothing outside the scratch folder read or changed, and one
run cannot poison the next."""

from __future__ import annotations

import time

import pytest

from hostile_support import Listener, corpus, leftover_cgroups, leftover_processes, short_limits_kata, snapshot
from judge.judging import judge_submission
from judge.sandbox.layers import detect

ENTRIES = corpus()


@pytest.fixture(scope="module")
def kata(tmp_path_factory):
    return short_limits_kata(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def listener():
    server = Listener()
    yield server
    server.close()


def test_the_corpus_is_large_and_covers_every_way_to_fail():
    assert len(ENTRIES) >= 30
    assert {e.expect for e in ENTRIES} >= {"wrong_answer", "runtime_error", "time_limit_exceeded", "memory_limit_exceeded", "compile_error", "accepted"}


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_hostile_submission(entry, kata, listener):
    layers = detect()
    missing = [n for n in entry.needs if not layers.active(n)]
    if missing:
        pytest.skip(f"needs the {', '.join(missing)} sandbox layer to run safely")
    before = snapshot(kata.path)
    started = time.monotonic()
    result = judge_submission(kata, entry.path)
    elapsed = time.monotonic() - started
    failure = result.first_failure()
    assert result.verdict.value == entry.expect, f"{entry.name}: {result.verdict.value}: {failure.message if failure else ''}"
    assert elapsed < 60, f"{entry.name} took {elapsed:.1f} s"
    if failure is not None:
        assert failure.message and 'File "/' not in failure.message  # a sentence, not the judge's traceback
    assert leftover_processes() == []
    assert leftover_cgroups() == []
    assert snapshot(kata.path) == before
    if layers.active("network"):
        assert listener.connections == 0


def test_poisoning_does_not_reach_a_second_run(kata):
    entry = next(e for e in ENTRIES if e.name == "poison_later_runs")
    first = judge_submission(kata, entry.path)
    second = judge_submission(kata, entry.path)
    reference = judge_submission(kata, kata.reference_path)
    assert first.verdict.value == second.verdict.value == "wrong_answer"
    assert [g.message for g in first.groups] == [g.message for g in second.groups]
    assert reference.verdict.value == "accepted"
