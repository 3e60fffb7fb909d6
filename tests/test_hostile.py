"""The hostile corpus: no accepted that was not earned, the judge always finishes within a
bound, nothing left running, nothing outside the scratch folder read or changed, and one
run cannot poison the next."""

from __future__ import annotations

import time

import pytest

from hostile_support import Listener, corpus, leftover_cgroups, leftover_processes, leftover_scratch, short_limits_kata, snapshot, sweep_world_writable
from judge.judging import judge_submission
from judge.sandbox.layers import detect

ENTRIES = corpus()


@pytest.fixture(scope="module")
def katas(tmp_path_factory):
    """The short-limits copy of each kata the corpus names, made once per kata and limits."""
    made = {}

    def get(slug: str = "pair-sum", limits=()):
        if (slug, limits) not in made:
            made[slug, limits] = short_limits_kata(tmp_path_factory.mktemp("hostile"), slug, limits)
        return made[slug, limits]

    return get


@pytest.fixture(scope="module")
def kata(katas):
    return katas()


@pytest.fixture(scope="module")
def listener():
    server = Listener()
    yield server
    server.close()


def test_the_corpus_is_large_and_covers_every_way_to_fail():
    assert len(ENTRIES) >= 30
    assert {e.expect for e in ENTRIES} >= {"wrong_answer", "runtime_error", "time_limit_exceeded", "memory_limit_exceeded", "compile_error", "accepted"}


def test_nothing_a_submission_does_is_the_judges_fault():
    """internal_error is only for a fault of the judge or of a kata: no hostile entry may expect
    it (and test_hostile_submission checks that none gets it)."""
    assert [e.name for e in ENTRIES if e.expect == "internal_error"] == []


def _active(layers, name: str) -> bool:
    """A layer an entry needs; 'disk' (the scratch folder's size limit) is asked of the
    sandbox itself where layers.py does not report it."""
    if name == "disk" and not any(layer.name == "disk" for layer in layers.items):
        from judge.sandbox import process

        return process._disk_mode(layers, layers.active("filesystem")) is not None
    return layers.active(name)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_hostile_submission(entry, katas, listener):
    layers = detect()
    kata = katas(entry.kata, entry.limits)
    missing = [n for n in entry.needs if not _active(layers, n)]
    if missing:
        pytest.skip(f"needs the {', '.join(missing)} sandbox layer to run safely")
    shared = layers.active("filesystem")  # without the view, nobody can write in /tmp: see snapshot
    before = snapshot(kata.path, world_writable=shared)
    started = time.monotonic()
    try:
        result = judge_submission(kata, entry.path)
    finally:
        if not shared:
            sweep_world_writable()
    elapsed = time.monotonic() - started
    failure = result.first_failure()
    assert result.verdict.value != "internal_error", f"{entry.name}: the judge blamed itself: {failure.message if failure else ''}"
    assert result.verdict.value == entry.expect, f"{entry.name}: {result.verdict.value}: {failure.message if failure else ''}"
    assert elapsed < 60, f"{entry.name} took {elapsed:.1f} s"
    if failure is not None:
        assert failure.message and 'File "/' not in failure.message  # a sentence, not the judge's traceback
    assert leftover_processes() == []
    assert leftover_cgroups() == []
    assert leftover_scratch() == []
    assert snapshot(kata.path, world_writable=shared) == before
    if layers.active("network"):
        assert listener.connections == 0


def test_poisoning_does_not_reach_a_second_run(kata):
    entry = next(e for e in ENTRIES if e.name == "poison_later_runs")
    missing = [n for n in entry.needs if not _active(detect(), n)]
    if missing:  # without them it writes its poison into the judge's own interpreter
        pytest.skip(f"needs the {', '.join(missing)} sandbox layer to run safely")
    try:
        first = judge_submission(kata, entry.path)
        second = judge_submission(kata, entry.path)
    finally:
        sweep_world_writable()
    reference = judge_submission(kata, kata.reference_path)
    assert first.verdict.value == second.verdict.value == "wrong_answer"
    assert [g.message for g in first.groups] == [g.message for g in second.groups]
    assert reference.verdict.value == "accepted"
