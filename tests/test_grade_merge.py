"""`--shard K/N` and `kata grade merge`: the shards together are the whole grading."""

import functools
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "data"))
import grade_fixtures as gf  # noqa: E402

import judge.grade.cli as grade_cli  # noqa: E402
from judge.cli import main  # noqa: E402
from judge.errors import KataError  # noqa: E402
from judge.grade.grading import GradeRequest, grade  # noqa: E402
from judge.grade.merge import merge_scoreboards  # noqa: E402
from judge.grade.runner import run_inline  # noqa: E402
from judge.grade.scoreboard import dump_scoreboard  # noqa: E402
from judge.grade.shard import Shard  # noqa: E402

RUN = functools.partial(run_inline, judge=gf.fake_judge)


def essence(board):
    return [(c.member, c.kata, c.path, c.outcome, c.score, c.sha256, c.feedback) for c in board.cells]


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    root = tmp_path_factory.mktemp("group")
    gf.build_group(root)
    return root


@pytest.fixture(scope="module")
def shards(group, tmp_path_factory):
    out = tmp_path_factory.mktemp("shards")
    paths = []
    for k in (1, 2, 3):
        board = grade(GradeRequest(group, shard=Shard(k, 3)), RUN)
        assert board.shard == f"{k}/3"
        paths.append(out / f"shard-{k}.json")
        paths[-1].write_text(dump_scoreboard(board))
    return paths


def test_shards_merge_into_the_whole_grading(group, shards):
    whole = grade(GradeRequest(group), RUN)
    merged = merge_scoreboards(list(reversed(shards)))
    assert essence(merged) == essence(whole)
    assert merged.standings() == whole.standings() and merged.katas == whole.katas and merged.shard is None
    sizes = [len(json.loads(p.read_text())["cells"]) for p in shards]
    assert sum(sizes) == len(whole.cells) and min(sizes) > 0


def test_the_same_shard_gets_the_same_work_every_time(group):
    once = grade(GradeRequest(group, shard=Shard(2, 3)), RUN)
    again = grade(GradeRequest(group, shard=Shard(2, 3)), RUN)
    assert essence(once) == essence(again)


def test_merge_refuses_an_incomplete_or_overlapping_set(shards, tmp_path):
    with pytest.raises(KataError, match=r"shard 2/3 missing: got 2 of 3 shards"):
        merge_scoreboards([shards[0], shards[2]])
    with pytest.raises(KataError, match=r"shard 1/3 is given twice"):
        merge_scoreboards([shards[0], shards[0], shards[1], shards[2]])
    other_seed = tmp_path / "seed.json"
    data = json.loads(shards[1].read_text())
    data["seed"] = 7
    other_seed.write_text(json.dumps(data))
    with pytest.raises(KataError, match=r"the shards disagree on the seed"):
        merge_scoreboards([shards[0], other_seed, shards[2]])


@pytest.mark.parametrize("content, says", [
    ("not json", "not JSON"), ('{"format": "other"}', "format 'other' is not 'kata-grade/1'"), ("[]", "format 'list'"),
    ('{"format": "kata-grade/1", "cells": "x"}', "'cells'"),
])
def test_merge_names_the_bad_file(tmp_path, content, says):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    with pytest.raises(KataError) as info:
        merge_scoreboards([bad])
    assert str(bad) in str(info.value) and says in str(info.value)


def test_merge_through_the_cli(shards, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["grade", "merge", *map(str, shards), "--junit", str(out / "j.xml"),
                                       "--markdown", str(out / "s.md"), "--html", str(out / "i.html"), "--json", str(out / "all.json")])
    assert result.exit_code == 0, result.stderr
    assert "merged from 3 shards" in result.stdout
    assert json.loads((out / "all.json").read_text())["merged_from"] == [str(p) for p in shards]
    assert (out / "j.xml").is_file() and (out / "s.md").is_file() and (out / "i.html").is_file()
    failing = CliRunner().invoke(main, ["grade", "merge", *map(str, shards), "--require-accepted"])
    assert failing.exit_code == 1 and "--require-accepted:" in failing.stderr
    missing = CliRunner().invoke(main, ["grade", "merge", str(shards[0])])
    assert missing.exit_code == 2 and "shard 2/3, 3/3 missing" in missing.stderr
    assert CliRunner().invoke(main, ["grade", "merge"]).exit_code == 2


def test_shard_option_through_the_cli(group, tmp_path, monkeypatch):
    monkeypatch.setattr(grade_cli, "run_in_workers", lambda tasks, on_outcome, jobs: run_inline(tasks, on_outcome, judge=gf.fake_judge))
    parts = []
    for k in (1, 2):
        result = CliRunner().invoke(main, ["grade", str(group), "--no-cache", "--shard", f"{k}/2", "--json", str(tmp_path / f"{k}.json")])
        assert result.exit_code == 0 and f"shard {k}/2" in result.stdout
        parts.append(tmp_path / f"{k}.json")
    merged = CliRunner().invoke(main, ["grade", "merge", *map(str, parts), "--json", str(tmp_path / "all.json")])
    assert merged.exit_code == 0
    assert len(json.loads((tmp_path / "all.json").read_text())["cells"]) == len(grade(GradeRequest(group), RUN).cells)
